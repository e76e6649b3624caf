import { randomBytes } from 'node:crypto'
import { chmod, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { connect, createServer, type Server } from 'node:net'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { errorCode } from './fs-ops'

/** The lock file inside the data folder. */
export const LOCK_FILE_NAME = 'krachtstroom.lock'

/** Thrown when another running Krachtstroom Coach already has the data folder open. */
export class DataFolderInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      'Deze gegevens zijn al geopend in een ander venster van Krachtstroom Coach (of in "npm run web"). ' +
        'Sluit dat eerst: twee vensters op dezelfde gegevens zouden elkaars wijzigingen overschrijven.',
    )
    this.name = 'DataFolderInUseError'
  }
}

/** Why a lock that is not simply "open elsewhere on this computer" keeps the app out. */
export type FolderLockProblem = 'other-account' | 'other-computer' | 'cannot-clear'

/** Thrown for a lock the app will not take over by itself; the message says what the coach can do. */
export class DataFolderLockError extends Error {
  constructor(
    readonly problem: FolderLockProblem,
    message: string,
  ) {
    super(message)
    this.name = 'DataFolderLockError'
  }
}

/** A held lock on a data folder; release it when the folder is closed. */
export interface FolderLock {
  release(): Promise<void>
}

/** Options for tests: who "we" are. */
export interface FolderLockOptions {
  /** This process's user id (POSIX); default `process.getuid()`. */
  uid?: number
  /** This computer's name; default `os.hostname()`. */
  host?: string
}

const lockRecordSchema = z.object({
  app: z.literal('krachtstroom-coach'),
  pid: z.number().int(),
  host: z.string().max(255),
  address: z.string().max(400),
  token: z.string().regex(/^[0-9a-f]{32}$/),
  since: z.string().max(40),
})
type LockRecord = z.infer<typeof lockRecordSchema>

/**
 * Where a holder answers "are you there?": a named pipe on Windows, a socket file in the temp folder
 * elsewhere. The name is random and only written in the lock file inside the (private) data folder,
 * so another account can neither guess it nor pretend to be the holder.
 */
export function answerAddress(token: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32'
    ? `\\\\?\\pipe\\krachtstroom-${token}`
    : join(tmpdir(), `krachtstroom-${token}.sock`)
}

/**
 * Takes the data folder for this process, so a second app (the desktop app and `npm run web`, or two
 * web hosts) cannot open the same data and overwrite each other's changes.
 *
 * The lock is the file `krachtstroom.lock` inside the data folder, made atomically. It names a random
 * local socket on which the holder answers with the lock's secret token: a lock whose holder does not
 * answer (the process crashed, the computer restarted) is stale and taken over; nothing outside the
 * data folder can block the app. Throws {@link DataFolderInUseError} while another process holds it,
 * and {@link DataFolderLockError} for a lock of another account or computer, or one that cannot be
 * cleared, each with a Dutch message saying what to do.
 */
export async function lockDataFolder(dataDir: string, options: FolderLockOptions = {}): Promise<FolderLock> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const lockPath = join(dataDir, LOCK_FILE_NAME)
  const { server, address, token } = await listenOnFreshAddress()
  const record: LockRecord = {
    app: 'krachtstroom-coach',
    pid: process.pid,
    host: options.host ?? hostname(),
    address,
    token,
    since: new Date().toISOString(),
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await createLockFile(lockPath, record)) {
        await removeLeftovers(dataDir)
        return heldLock(lockPath, server, token)
      }
      const existing = await readLockFile(lockPath)
      if (existing === 'gone') continue
      await refuseForeignOwner(lockPath, options.uid)
      if (existing !== 'unreadable') {
        if (existing.host !== record.host) throw otherComputer(lockPath, existing)
        if (await answersWith(existing.address, existing.token)) throw new DataFolderInUseError(dataDir)
      }
      await clearStaleLock(lockPath, existing === 'unreadable' ? undefined : existing)
    }
    throw new DataFolderInUseError(dataDir)
  } catch (error) {
    await new Promise<void>((done) => server.close(() => done()))
    throw error
  }
}

/** Listens on a new random address; on the rare clash (someone else's socket), tries another. */
async function listenOnFreshAddress(): Promise<{ server: Server; address: string; token: string }> {
  for (let attempt = 0; ; attempt++) {
    const token = randomBytes(16).toString('hex')
    const address = answerAddress(token)
    const server = createServer((socket) => {
      socket.on('error', () => undefined)
      socket.end(`${token}\n`)
    })
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(address, () => resolve())
      })
      server.unref()
      // Only the coach's own account may even connect to the answering socket.
      if (process.platform !== 'win32') await chmod(address, 0o600).catch(() => undefined)
      return { server, address, token }
    } catch (error) {
      if (errorCode(error) !== 'EADDRINUSE' || attempt >= 5) throw error
    }
  }
}

/**
 * Writes the lock file in one step: a complete temp file hard-linked to the lock's name, which fails
 * when a lock exists, so a reader never sees half a lock. Where hard links are not supported (some
 * USB sticks and network drives) the file is created exclusively instead.
 */
async function createLockFile(lockPath: string, record: LockRecord): Promise<boolean> {
  const text = `${JSON.stringify(record, null, 2)}\n`
  const temp = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temp, text, { mode: 0o600, flag: 'wx' })
    try {
      await link(temp, lockPath)
      return true
    } catch (error) {
      const code = errorCode(error)
      if (code === 'EEXIST') return false
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error
    }
    try {
      await writeFile(lockPath, text, { mode: 0o600, flag: 'wx' })
      return true
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false
      throw error
    }
  } finally {
    await rm(temp, { force: true })
  }
}

async function readLockFile(lockPath: string): Promise<LockRecord | 'gone' | 'unreadable'> {
  let text: string
  try {
    text = await readFile(lockPath, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone'
    throw error
  }
  try {
    const parsed = lockRecordSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : 'unreadable'
  } catch {
    return 'unreadable'
  }
}

/** A lock file of another account is never taken over: that account may be using the data. */
async function refuseForeignOwner(lockPath: string, uid: number | undefined): Promise<void> {
  const me = uid ?? process.getuid?.()
  if (me === undefined) return
  const info = await stat(lockPath).catch(() => undefined)
  if (!info || info.uid === me) return
  throw new DataFolderLockError(
    'other-account',
    'Deze gegevensmap is vergrendeld door een ander gebruikersaccount op deze computer, dus mogelijk zijn de ' +
      'gegevens daar geopend. Gebruik uw eigen gegevensmap, of laat de eigenaar van de map Krachtstroom Coach ' +
      `sluiten. (Vergrendeling: ${lockPath}.)`,
  )
}

function otherComputer(lockPath: string, holder: LockRecord): DataFolderLockError {
  return new DataFolderLockError(
    'other-computer',
    `Deze gegevens zijn geopend op een andere computer ("${holder.host}", sinds ${holder.since.slice(0, 16).replace('T', ' ')}). ` +
      'Sluit Krachtstroom Coach daar eerst. Staat die computer uit of is hij gecrasht, verwijder dan het bestand ' +
      `${lockPath} en start opnieuw.`,
  )
}

/** True when the lock's holder answers on its address with the lock's token. */
function answersWith(address: string, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    let received = ''
    const socket = connect(address)
    // A holder busy for a moment still answers; only silence this long counts as "there".
    socket.setTimeout(5_000, () => {
      socket.destroy()
      resolve(true)
    })
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8')
      if (received.length > 100) socket.destroy()
    })
    socket.once('close', () => resolve(received.trim() === token))
    socket.once('error', () => resolve(false))
  })
}

/**
 * Removes a stale lock: moves it aside under a unique name (only one process can), checks that what
 * it moved is the stale lock and not one just made by another starter (which it then puts back), and
 * deletes it. A lock that cannot be removed gets an honest message.
 */
async function clearStaleLock(lockPath: string, stale: LockRecord | undefined): Promise<void> {
  const aside = `${lockPath}.stale-${randomBytes(6).toString('hex')}`
  try {
    await rename(lockPath, aside)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw cannotClear(lockPath, error)
  }
  const moved = await readLockFile(aside)
  const movedToken = typeof moved === 'object' ? moved.token : undefined
  if (movedToken !== stale?.token) {
    await link(aside, lockPath).catch(() => undefined)
  } else if (stale && process.platform !== 'win32' && stale.address === answerAddress(stale.token)) {
    // The crashed holder's socket file, left in the temp folder.
    await rm(stale.address, { force: true })
  }
  await rm(aside, { force: true })
}

function cannotClear(lockPath: string, error: unknown): DataFolderLockError {
  return new DataFolderLockError(
    'cannot-clear',
    'Er staat nog een vergrendeling van een eerder gestopte Krachtstroom Coach in de gegevensmap, en die kan ' +
      `niet worden opgeruimd (${errorCode(error) ?? String(error)}). Verwijder het bestand ${lockPath} en start opnieuw.`,
  )
}

/** Temp and aside files of lock attempts by processes that no longer run (killed half-way). */
async function removeLeftovers(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir).catch(() => [] as string[])
  for (const entry of entries) {
    const temp = /^krachtstroom\.lock\.(\d+)\.[0-9a-f]+\.tmp$/.exec(entry)
    const aside = /^krachtstroom\.lock\.stale-[0-9a-f]+$/.test(entry)
    if ((temp && !processRuns(Number(temp[1]))) || aside) await rm(join(dataDir, entry), { force: true })
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

function heldLock(lockPath: string, server: Server, token: string): FolderLock {
  let released: Promise<void> | undefined
  return {
    release: () => {
      released ??= (async () => {
        const current = await readLockFile(lockPath).catch(() => 'gone' as const)
        if (typeof current === 'object' && current.token === token) await rm(lockPath, { force: true })
        await new Promise<void>((done) => server.close(() => done()))
      })()
      return released
    },
  }
}
