/**
 * Long work in short slices: `slices.due()` is true once the current slice has run its time, and
 * `slices.pause()` then lets the event loop serve other calls before the work goes on. So a 20 MB
 * file can be read while the coach's other screens keep answering.
 */
export interface TimeSlices {
  /** True when nothing else shares the thread (a worker): work may go on in one piece. */
  continuous?: boolean
  /** True when the current slice has used its time. */
  due(): boolean
  /** Gives other work a turn (always, also when not due), then starts a new slice. */
  pause(): Promise<void>
  /** Pauses only when the slice is due. */
  maybePause(): Promise<void>
}

/** Work slices of `sliceMs` (default 15 ms) on the real event loop. */
export function timeSlices(sliceMs = 15): TimeSlices {
  let until = performance.now() + sliceMs
  const pause = (): Promise<void> =>
    new Promise<void>((resolve) =>
      setImmediate(() => {
        until = performance.now() + sliceMs
        resolve()
      }),
    )
  return {
    due: () => performance.now() >= until,
    pause,
    maybePause: () => (performance.now() >= until ? pause() : Promise.resolve()),
  }
}
