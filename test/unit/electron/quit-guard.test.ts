import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQuitGuard } from '../../../main/quit-guard'

const event = () => ({ preventDefault: vi.fn() })

describe('createQuitGuard', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('holds the first quit back until the store is closed, then quits once', async () => {
    let finishClose: () => void = () => undefined
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)))
    const quit = vi.fn()
    const guard = createQuitGuard({ close, quit, log: vi.fn() })

    const first = event()
    guard(first)
    expect(first.preventDefault).toHaveBeenCalled()
    expect(close).toHaveBeenCalledTimes(1)

    const impatient = event()
    guard(impatient)
    expect(impatient.preventDefault).toHaveBeenCalled()
    expect(close).toHaveBeenCalledTimes(1)
    expect(quit).not.toHaveBeenCalled()

    finishClose()
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1))

    const final = event()
    guard(final)
    expect(final.preventDefault).not.toHaveBeenCalled()
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('still quits when closing fails, and logs why', async () => {
    const quit = vi.fn()
    const log = vi.fn()
    createQuitGuard({ close: () => Promise.reject(new Error('disk gone')), quit, log })(event())
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1))
    expect(log).toHaveBeenCalledWith('Afsluiten ging niet goed:', expect.any(Error))
  })

  it('quits anyway when closing hangs past the timeout', async () => {
    vi.useFakeTimers()
    const quit = vi.fn()
    const log = vi.fn()
    createQuitGuard({ close: () => new Promise<void>(() => undefined), quit, log, timeoutMs: 1000 })(event())
    await vi.advanceTimersByTimeAsync(999)
    expect(quit).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(quit).toHaveBeenCalledTimes(1)
    expect(log).toHaveBeenCalled()
  })
})
