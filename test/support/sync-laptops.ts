import { startRuntime } from '../../main/host/runtime'
import { startTestRuntime, TEST_NOW, type TestRuntime } from './test-runtime'
import { waitUntil } from './wait-until'

/**
 * The laptops of one team-sync test file: each a test runtime on its own data folder. `closeAll()` in
 * `afterEach` closes whichever are still open, restarted ones included.
 */
export class Laptops {
  private readonly running: TestRuntime[] = []

  /** A laptop with a fresh data folder (or the given store, or secret store). */
  async open(options: Parameters<typeof startTestRuntime>[0] = {}): Promise<TestRuntime> {
    const t = await startTestRuntime(options)
    this.running.push(t)
    return t
  }

  /** Closes the app on a laptop and starts it again on the same data folder (the password is asked again). */
  async restart(t: TestRuntime): Promise<TestRuntime> {
    await t.runtime.close()
    const runtime = await startRuntime({
      dataDir: t.dataDir,
      appVersion: '0.0.0-test',
      clock: () => new Date(TEST_NOW),
    })
    const again: TestRuntime = {
      ...t,
      runtime,
      raw: (method, input) => runtime.dispatch(method, input),
      call: async (method, input) => {
        const response = await runtime.dispatch(method, input)
        if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
        return response.value as never
      },
      dispose: async () => {
        await runtime.close()
        await t.dispose().catch(() => undefined)
      },
    }
    this.running.splice(this.running.indexOf(t), 1, again)
    return again
  }

  /** Closes every laptop of the test. */
  async closeAll(): Promise<void> {
    await Promise.all(this.running.splice(0).map((t) => t.dispose()))
  }
}

/**
 * Waits until a laptop has nothing left to send or receive; when it gives up, it says the laptop's
 * status, conflicts and latest runs.
 */
export async function synchronised(t: TestRuntime): Promise<void> {
  await waitUntil(
    'synchronised',
    async () => {
      const status = await t.call('sync.status')
      return status.state === 'synchronised' && status.pending === 0
    },
    90_000,
    async () =>
      JSON.stringify({
        status: await t.call('sync.status'),
        conflicts: await t.call('sync.conflicts'),
        log: (await t.call('sync.log')).runs.slice(0, 8),
      }),
  )
}
