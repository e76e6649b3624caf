/** How often the host looks whether the program that started it is still there. */
const CHECK_EVERY_MS = 1_000

/** True while a process with this id exists (EPERM: it exists but belongs to someone else). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Calls `onGone` once when the process that started this one goes away without telling it (killed
 * with SIGKILL, crashed): then this process has been handed to another parent, or its parent's id
 * no longer exists. So `npm run web` killed as a whole never leaves a host behind that still holds
 * the data folder. Answers a function that stops watching; the timer never keeps the process alive.
 */
export function whenParentGone(
  onGone: () => void,
  probe: { ppid: () => number; exists: (pid: number) => boolean } = {
    ppid: () => process.ppid,
    exists: processExists,
  },
): () => void {
  const parent = probe.ppid()
  const timer = setInterval(() => {
    if (probe.ppid() === parent && probe.exists(parent)) return
    clearInterval(timer)
    onGone()
  }, CHECK_EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
