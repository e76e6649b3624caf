import {
  ApiFailure,
  apiContract,
  isApiMethod,
  validationError,
  type ApiError,
  type ApiErrorCode,
  type ApiResponse,
} from '../../shared/api'
import { StoreStateError, type StoreStateErrorCode } from '../store/store-state-error'
import { StoreWriteError } from '../store/store-write-error'
import { type Dispatch, type ServiceHandlers } from './types'

/** Something the dispatcher can report unexpected failures to (stderr by default). */
export type ErrorLogger = (message: string, error: unknown) => void

const defaultLogger: ErrorLogger = (message, error) => console.error(message, error)

const storeStateCodes: Readonly<Record<StoreStateErrorCode, ApiErrorCode>> = {
  BACKUP_NOT_FOUND: 'NOT_FOUND',
  BACKUP_INVALID: 'VALIDATION_FAILED',
  IN_RECOVERY: 'STORE_UNAVAILABLE',
  NOT_IN_RECOVERY: 'CONFLICT',
  CLOSED: 'STORE_UNAVAILABLE',
  NOT_OPEN: 'STORE_UNAVAILABLE',
  FILE_IN_THE_WAY: 'STORE_UNAVAILABLE',
}

/** Store failures carry a Dutch message already; they map onto API error codes. */
function storeFailure(error: unknown): ApiError | undefined {
  if (error instanceof StoreWriteError) return { code: 'WRITE_FAILED', message: error.message }
  if (error instanceof StoreStateError) return { code: storeStateCodes[error.code], message: error.message }
  return undefined
}

/**
 * Builds the one entry point both hosts use: checks the method name against the contract, validates
 * the input with its zod schema (Dutch message naming the field), runs the service and wraps the
 * outcome in the response envelope. It never throws and never lets a rejected input reach a service.
 */
export function createDispatch(handlers: ServiceHandlers, logError: ErrorLogger = defaultLogger): Dispatch {
  return async (method: string, rawInput: unknown): Promise<ApiResponse<unknown>> => {
    if (typeof method !== 'string' || !isApiMethod(method)) {
      const shown = typeof method === 'string' ? method.slice(0, 80) : typeof method
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Onbekende opdracht "${shown}".` } }
    }
    const parsed = apiContract[method].input.safeParse(rawInput)
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) }
    try {
      // The contract guarantees handler and input belong together; TypeScript cannot see that through
      // a method name known only at run time.
      const handler = handlers[method] as (input: unknown) => Promise<unknown>
      const value = await handler(parsed.data)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof ApiFailure) return { ok: false, error: error.toApiError() }
      const fromStore = storeFailure(error)
      if (fromStore) return { ok: false, error: fromStore }
      logError(`Onverwachte fout in ${method}:`, error)
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message:
            'Er ging iets onverwachts mis. Er is niets gewijzigd; probeer het opnieuw of herstart de app.',
        },
      }
    }
  }
}
