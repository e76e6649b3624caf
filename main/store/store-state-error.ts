/** Why a store operation is not possible right now. */
export type StoreStateErrorCode =
  | 'NOT_OPEN'
  | 'IN_RECOVERY'
  | 'NOT_IN_RECOVERY'
  | 'CLOSED'
  | 'BACKUP_NOT_FOUND'
  | 'BACKUP_INVALID'
  | 'FILE_IN_THE_WAY'

/**
 * An operation that does not fit the store's state (e.g. a change while the store is in recovery, or
 * restoring a backup that does not exist). The message is Dutch. Hosts map `BACKUP_NOT_FOUND` to
 * `NOT_FOUND`, `BACKUP_INVALID` to `VALIDATION_FAILED` and the rest to `STORE_UNAVAILABLE`.
 */
export class StoreStateError extends Error {
  readonly code: StoreStateErrorCode

  constructor(code: StoreStateErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'StoreStateError'
    this.code = code
  }
}
