import { createDispatch, type ErrorLogger } from '../services/dispatch'
import { createServices } from '../services/create-services'
import { newUuid } from '../services/new-id'
import { type Dispatch } from '../services/types'
import { lockDataFolder } from '../store/folder-lock'
import { type FsOps } from '../store/fs-ops'
import { describePrivateFolder, makeDataFolderPrivate } from '../store/private-files'
import { openStoreManager } from '../store/store-manager'
import { memorySecretStore, type SecretStore } from '../services/sync/secret-store'
import { SyncController } from '../services/sync/sync-controller'

/** Options both hosts pass when starting the app's services. */
export interface RuntimeOptions {
  dataDir: string
  appVersion: string
  clock?: () => Date
  newId?: () => string
  logError?: ErrorLogger
  /** The filesystem the store uses; fault tests pass one that fails on purpose. */
  fsOps?: FsOps
  /** Where the team password is kept (desktop: safeStorage); default: in memory, asked each session. */
  secrets?: SecretStore
  /** Longest wait between attempts to reach the team's server (tests shorten it). */
  syncRetryMaxMs?: number
}

/** The running services of one data folder. */
export interface Runtime {
  dispatch: Dispatch
  dataDir: string
  /** Said once at start-up when the data folder had to be made private (or could not be); else undefined. */
  privacyNotice?: string
  /** Waits until the last acknowledged write is on disk, then releases the store. */
  close(): Promise<void>
}

/**
 * Takes the data folder (refusing with a Dutch DataFolderInUseError while another app has it open),
 * makes it private to the coach's account (see private-files.ts), opens its store and wires every
 * service behind one dispatcher. Electron's IPC handler and the web host both call this, so they run
 * the very same code.
 */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const clock = options.clock ?? (() => new Date())
  const lock = await lockDataFolder(options.dataDir)
  let stores: Awaited<ReturnType<typeof openStoreManager>>
  let privacyNotice: string | undefined
  try {
    privacyNotice = describePrivateFolder(await makeDataFolderPrivate(options.dataDir))
  } catch (error) {
    privacyNotice = `Let op: de gegevensmap kon niet worden afgeschermd voor andere gebruikers van deze computer (${error instanceof Error ? error.message : String(error)}).`
  }
  try {
    stores = await openStoreManager({
      dataDir: options.dataDir,
      clock,
      ...(options.fsOps ? { fsOps: options.fsOps } : {}),
    })
  } catch (error) {
    await lock.release()
    throw error
  }
  const sync = new SyncController({
    dataDir: options.dataDir,
    stores,
    clock,
    secrets: options.secrets ?? memorySecretStore(),
    ...(options.syncRetryMaxMs === undefined ? {} : { maxRetryDelayMs: options.syncRetryMaxMs }),
  })
  // Sharing resumes in the background: the app opens without waiting for the local copy or the server.
  const syncStarted = sync.start().catch((error: unknown) => options.logError?.('sync.start', error))
  const handlers = createServices({
    stores,
    clock,
    newId: options.newId ?? newUuid,
    appVersion: options.appVersion,
    sync,
  })
  return {
    dispatch: createDispatch(handlers, options.logError),
    dataDir: options.dataDir,
    ...(privacyNotice === undefined ? {} : { privacyNotice }),
    close: async () => {
      try {
        await syncStarted
        await sync.close()
        await stores.close()
      } finally {
        await lock.release()
      }
    },
  }
}
