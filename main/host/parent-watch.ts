import { readFileSync } from 'node:fs'

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

/** The parent of another process, where the system tells (Linux: /proc). */
function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces and brackets.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined
  } catch {
    return undefined
  }
}

/** What the watch asks of the system; tests pass their own. */
export interface ProcessProbe {
  ppid: () => number
  exists: (pid: number) => boolean
  parentOf: (pid: number) => number | undefined
  /** True when started by `npm run`, which puts a shell between npm and this process. */
  startedByNpm: boolean
}

const systemProbe: ProcessProbe = {
  ppid: () => process.ppid,
  exists: processExists,
  parentOf,
  startedByNpm: process.env.npm_lifecycle_event !== undefined,
}

/**
 * Calls `onGone` once when the program that started this process goes away without telling it
 * (killed with SIGKILL, crashed): this process is then handed to another parent, or a watched
 * process no longer exists. Under `npm run` the watched programs are the shell npm started and npm
 * itself, so `npm run web` killed as a whole never leaves a host behind that still holds the data
 * folder. Answers a function that stops watching; the timer never keeps the process alive.
 */
export function whenParentGone(onGone: () => void, probe: ProcessProbe = systemProbe): () => void {
  const parent = probe.ppid()
  const watched = [parent]
  const grandparent = probe.startedByNpm ? probe.parentOf(parent) : undefined
  if (grandparent !== undefined) watched.push(grandparent)
  const timer = setInterval(() => {
    if (probe.ppid() === parent && watched.every((pid) => probe.exists(pid))) return
    clearInterval(timer)
    onGone()
  }, CHECK_EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
