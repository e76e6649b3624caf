/** Runs tasks one after the other; a failing task does not stop the ones after it. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()
  private pending = 0

  /** Queues `task`; resolves or rejects with its outcome. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending += 1
    const result = this.tail.then(task)
    this.tail = result
      .catch(() => undefined)
      .finally(() => {
        this.pending -= 1
      })
    return result
  }

  /** Resolves once every task queued so far (and queued meanwhile) has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail
  }
}
