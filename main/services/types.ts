import {
  type ApiMethod,
  type ApiParsedInput,
  type ApiResponse,
  type ApiResult,
  type CallOptions,
} from '../../shared/api'
import { type StoreManager } from '../store/types'
import { type SyncController } from './sync/sync-controller'

/** What every service gets from its host: no electron, no globals, so tests inject their own. */
export interface ServiceDeps {
  stores: StoreManager
  /** The current time; tests pass a fixed clock. */
  clock: () => Date
  /** A new random UUID. */
  newId: () => string
  appVersion: string
  /** Sharing with the team; absent where the host offers none (e.g. service unit tests). */
  sync?: SyncController
}

/** The implementation of one method: receives validated input, returns the result or throws ApiFailure. */
export type ServiceHandler<M extends ApiMethod> = (input: ApiParsedInput<M>) => Promise<ApiResult<M>>

/** One handler per contract method. */
export type ServiceHandlers = { [M in ApiMethod]: ServiceHandler<M> }

/**
 * Validates and runs one call. Unknown methods, invalid input and service failures all come back as
 * `{ ok: false, error }`; it never throws. Used by the IPC handler and the web host alike.
 */
export type Dispatch = (
  method: string,
  input: unknown,
  options?: CallOptions,
) => Promise<ApiResponse<unknown>>
