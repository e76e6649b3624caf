/** The part of Electron's `before-quit` event the guard uses. */
export interface PreventableEvent {
  preventDefault(): void
}

/** What the guard needs: how to close the runtime, how to quit for real, where to log. */
export interface QuitGuardDeps {
  /** Flushes the last write and releases the store. */
  close: () => Promise<void>
  /** `app.quit()`; called once the close has finished. */
  quit: () => void
  log: (message: string, error?: unknown) => void
  /** Quit anyway after this long, so a stuck disk never keeps the app open forever. */
  timeoutMs?: number
}

/**
 * The `before-quit` listener for a clean shutdown: the first quit is held back until `close()` has put
 * the last acknowledged write on disk, then the app quits for real. Quit requests that arrive while
 * closing are held back too; the one after closing passes.
 */
export function createQuitGuard(deps: QuitGuardDeps): (event: PreventableEvent) => void {
  let state: 'running' | 'closing' | 'closed' = 'running'
  return (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        deps.log('Afsluiten duurt te lang; de app stopt toch.')
        resolve()
      }, deps.timeoutMs ?? 15_000)
    })
    const closing = deps.close().catch((error: unknown) => deps.log('Afsluiten ging niet goed:', error))
    void Promise.race([closing, timeout]).then(() => {
      clearTimeout(timer)
      state = 'closed'
      deps.quit()
    })
  }
}
