/**
 * Polls `check` until it answers a value other than undefined/false, or fails after `limitMs` with
 * `what` and the last value seen. For states reached by background work (replication), never for timing.
 */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  limitMs = 90_000,
  explain?: () => Promise<string>,
): Promise<T> {
  const deadline = Date.now() + limitMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value !== undefined && value !== false) return value
      last = value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) {
      const detail = explain ? `; ${await explain().catch((error: unknown) => String(error))}` : ''
      throw new Error(`gave up waiting for ${what} (last: ${String(last)})${detail}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
