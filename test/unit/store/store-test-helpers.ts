import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Programme, type StoreData, type TeamMember } from '../../../shared/model'
import { nodeFsOps, type FileHandleLike, type FsOps } from '../../../main/store/fs-ops'

/** Creates a fresh temp folder; `cleanup()` removes every folder made so far. */
export function tempDirs(): { make: () => Promise<string>; cleanup: () => Promise<void> } {
  const made: string[] = []
  return {
    make: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'krachtstroom-store-'))
      made.push(dir)
      return dir
    },
    cleanup: async () => {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
    },
  }
}

/** Files in `dir` (sorted), without following into subfolders. */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}

/** A clock the test moves by hand. */
export function manualClock(start = new Date(2026, 2, 1, 9, 30, 0)): {
  now: () => Date
  set: (d: Date) => void
  advance: (ms: number) => void
} {
  let current = new Date(start)
  return {
    now: () => new Date(current),
    set: (d) => {
      current = new Date(d)
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms)
    },
  }
}

const STAMP = '2026-03-01T09:30:00.000Z'

/** A valid programme. */
export function sampleProgramme(name = 'Oldebroek Voor Mekaar'): Programme {
  return {
    id: randomUUID(),
    createdAt: STAMP,
    updatedAt: STAMP,
    name,
    gemeente: 'Oldebroek',
    description: '',
    period: { start: '2026-01-01' },
    goals: { addresses: 150, conversations: 100, ideas: 30, ideasRealised: 10 },
    themes: [],
    isDemo: false,
  }
}

/** A valid team member of `programmeId`. */
export function sampleMember(programmeId: string, name: string): TeamMember {
  return {
    id: randomUUID(),
    programmeId,
    createdAt: STAMP,
    updatedAt: STAMP,
    name,
    role: '',
    email: '',
    phone: '',
  }
}

/** Adds a member named `name` to the first programme (creating one if needed). */
export function addMember(data: StoreData, name: string): TeamMember {
  let programme = data.programmes[0]
  if (!programme) {
    programme = sampleProgramme()
    data.programmes.push(programme)
  }
  const member = sampleMember(programme.id, name)
  data.teamMembers.push(member)
  return member
}

type FaultOp =
  'open' | 'writeFile' | 'sync' | 'rename' | 'readFile' | 'removeFile' | 'readdir' | 'mkdir' | 'stat'

interface Fault {
  op: FaultOp
  code: string
  remaining: number
  path?: RegExp
}

/**
 * node:fs/promises with failures on demand: `fail('rename', 'EPERM', { times: 3 })` makes the next
 * three renames throw an error with that code. Counts every call per operation.
 */
export class FaultyFs implements FsOps {
  readonly calls: Record<FaultOp, number> = {
    open: 0,
    writeFile: 0,
    sync: 0,
    rename: 0,
    readFile: 0,
    removeFile: 0,
    readdir: 0,
    mkdir: 0,
    stat: 0,
  }
  private faults: Fault[] = []

  fail(op: FaultOp, code: string, options: { times?: number; path?: RegExp } = {}): this {
    this.faults.push({
      op,
      code,
      remaining: options.times ?? Number.POSITIVE_INFINITY,
      ...(options.path ? { path: options.path } : {}),
    })
    return this
  }

  clear(): void {
    this.faults = []
  }

  async open(path: string, flags: string, mode?: number): Promise<FileHandleLike> {
    this.hit('open', path)
    const handle = await nodeFsOps.open(path, flags, mode)
    return {
      writeFile: async (data) => {
        this.hit('writeFile', path)
        await handle.writeFile(data)
      },
      sync: async () => {
        this.hit('sync', path)
        await handle.sync()
      },
      close: () => handle.close(),
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.hit('readFile', path)
    return nodeFsOps.readFile(path)
  }

  async rename(from: string, to: string): Promise<void> {
    this.hit('rename', from)
    return nodeFsOps.rename(from, to)
  }

  async removeFile(path: string): Promise<void> {
    this.hit('removeFile', path)
    return nodeFsOps.removeFile(path)
  }

  async readdir(path: string): Promise<string[]> {
    this.hit('readdir', path)
    return nodeFsOps.readdir(path)
  }

  async mkdir(path: string): Promise<void> {
    this.hit('mkdir', path)
    return nodeFsOps.mkdir(path)
  }

  async stat(path: string): ReturnType<FsOps['stat']> {
    this.hit('stat', path)
    return nodeFsOps.stat(path)
  }

  private hit(op: FaultOp, path: string): void {
    this.calls[op]++
    const fault = this.faults.find((f) => f.op === op && f.remaining > 0 && (!f.path || f.path.test(path)))
    if (!fault) return
    fault.remaining--
    throw Object.assign(new Error(`${fault.code}: simulated failure, ${op} '${path}'`), {
      code: fault.code,
      syscall: op,
      path,
    })
  }
}

/** Instant waits for rename retries, so fault tests stay fast. */
export const noSleep = (): Promise<void> => Promise.resolve()
