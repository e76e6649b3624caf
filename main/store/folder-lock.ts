import { createHash } from 'node:crypto'
import { chmod, rm } from 'node:fs/promises'
import { connect, createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PRIVATE_FILE_MODE } from './private-files'

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

/** A held lock on a data folder; release it when the folder is closed. */
export interface FolderLock {
  release(): Promise<void>
}

/**
 * The local socket that stands for a data folder: a named pipe on Windows, a socket file in the temp
 * folder elsewhere (short enough for the platform's path limit, whatever the folder's own path).
 */
export function lockAddress(dataDir: string, platform: NodeJS.Platform = process.platform): string {
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 24)
  return platform === 'win32'
    ? `\\\\?\\pipe\\krachtstroom-${key}`
    : join(tmpdir(), `krachtstroom-${key}.sock`)
}

/**
 * Takes the data folder for this process, so a second app (the desktop app and `npm run web`, or two
 * web hosts) cannot open the same data and overwrite each other's changes. The lock is a listening
 * local socket: the operating system frees it when the process ends, also after a crash, so a stale
 * lock never keeps the coach out (a socket file left by a crashed process answers no one and is
 * replaced). Throws {@link DataFolderInUseError} while another process holds it.
 */
export async function lockDataFolder(dataDir: string): Promise<FolderLock> {
  const address = lockAddress(dataDir)
  let server = await tryListen(address)
  if (server === undefined) {
    if (process.platform === 'win32' || (await answers(address))) throw new DataFolderInUseError(dataDir)
    // A socket file nobody listens on: left by a process that ended without cleaning up.
    await rm(address, { force: true })
    server = await tryListen(address)
    if (server === undefined) throw new DataFolderInUseError(dataDir)
  }
  // Only the coach's own account may even connect to it.
  if (process.platform !== 'win32') await chmod(address, PRIVATE_FILE_MODE).catch(() => undefined)
  // The socket only marks the folder; whoever connects is let go at once.
  server.on('connection', (socket) => socket.destroy())
  server.unref()
  const held = server
  return {
    release: () => new Promise<void>((done) => held.close(() => done())),
  }
}

function tryListen(address: string): Promise<Server | undefined> {
  return new Promise((resolveListen, reject) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolveListen(undefined)
      else reject(error)
    })
    server.listen(address, () => resolveListen(server))
  })
}

/** True when a process listens on the socket. */
function answers(address: string): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = connect(address)
    socket.once('connect', () => {
      socket.destroy()
      resolveAnswer(true)
    })
    socket.once('error', () => resolveAnswer(false))
  })
}
