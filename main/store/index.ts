export { BackupCatalog, type BackupCatalogOptions } from './backup-catalog'
export { decodeStoreFile, describeIssue, type DecodedStoreFile } from './decode-store-file'
export { DurableJsonAdapter, type DurableJsonAdapterOptions } from './durable-json-adapter'
export {
  DEFAULT_RENAME_DELAYS_MS,
  isTempFileFor,
  renameWithRetry,
  syncDirectory,
  tempPathFor,
  writeFileDurably,
  type DurableWriteOptions,
} from './durable-write'
export { errorCode, nodeFsOps, type FileHandleLike, type FileStat, type FsOps } from './fs-ops'
export { JsonStore, type JsonStoreOptions } from './json-store'
export {
  migrateStoreObject,
  MigrationError,
  migrations,
  type Migration,
  type RawStoreObject,
} from './migrations'
export { recoveryMessage, type RecoveryFacts } from './recovery-messages'
export { parseJsonSafely, serialiseJson, type JsonParseFailure, type JsonParseResult } from './safe-json'
export {
  createStoreManager,
  JsonStoreManager,
  openStoreManager,
  type StoreManagerOptions,
} from './store-manager'
export {
  BACKUP_DIR_NAME,
  backupFileName,
  backupKinds,
  formatDay,
  formatStamp,
  parseBackupFileName,
  STORE_FILE_NAME,
  type BackupKind,
  type BackupName,
} from './store-paths'
export { StoreStateError, type StoreStateErrorCode } from './store-state-error'
export { StoreWriteError, toStoreWriteError, type StoreWriteErrorCode } from './store-write-error'
export type { Store, StoreManager, StoreState } from './types'
