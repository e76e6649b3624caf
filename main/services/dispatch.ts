import {
  ApiFailure,
  apiContract,
  hostTexts,
  isApiMethod,
  validationError,
  type ApiError,
  type ApiErrorCode,
  type ApiResponse,
  type CallOptions,
} from '../../shared/api'
import { type Language } from '../../shared/model'
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

/**
 * Store failures carry a detailed Dutch message already; they map onto API error codes. In English
 * the message is the one for their code.
 */
function storeFailure(error: unknown, language: Language): ApiError | undefined {
  const texts = hostTexts(language)
  if (error instanceof StoreWriteError) {
    return {
      code: 'WRITE_FAILED',
      message: language === 'nl' ? error.message : texts.writeFailed[error.code],
    }
  }
  if (error instanceof StoreStateError) {
    const english: Record<StoreStateErrorCode, string> = {
      BACKUP_NOT_FOUND: texts.backupNotFound,
      BACKUP_INVALID: texts.backupInvalid,
      IN_RECOVERY: texts.storeInRecovery,
      NOT_IN_RECOVERY: texts.notInRecovery,
      CLOSED: texts.storeClosed,
      NOT_OPEN: texts.storeNotOpen,
      FILE_IN_THE_WAY: texts.fileInTheWay,
    }
    return {
      code: storeStateCodes[error.code],
      message: language === 'nl' ? error.message : english[error.code],
    }
  }
  return undefined
}

/**
 * Builds the one entry point both hosts use: checks the method name against the contract, validates
 * the input with its zod schema (a plain sentence naming the field, in the caller's language), runs
 * the service and wraps the outcome in the response envelope. It never throws and never lets a
 * rejected input reach a service.
 */
export function createDispatch(handlers: ServiceHandlers, logError: ErrorLogger = defaultLogger): Dispatch {
  return async (
    method: string,
    rawInput: unknown,
    options: CallOptions = {},
  ): Promise<ApiResponse<unknown>> => {
    const language = options.language ?? 'nl'
    if (typeof method !== 'string' || !isApiMethod(method)) {
      const shown = typeof method === 'string' ? method.slice(0, 80).replace(/[^\w.-]/g, '?') : typeof method
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: hostTexts(language).unknownMethod(shown) },
      }
    }
    const schema = apiContract[method].input
    // reportInput: a wrong value is then told apart from a missing one.
    const parsed = schema.safeParse(rawInput, { reportInput: true })
    if (!parsed.success)
      return { ok: false, error: validationError(parsed.error, { language, method, schema }) }
    try {
      // The contract guarantees handler and input belong together; TypeScript cannot see that through
      // a method name known only at run time.
      const handler = handlers[method] as (input: unknown) => Promise<unknown>
      const value = await handler(parsed.data)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof ApiFailure) return { ok: false, error: error.toApiError(language) }
      const fromStore = storeFailure(error, language)
      if (fromStore) return { ok: false, error: fromStore }
      logError(`Onverwachte fout in ${method}:`, error)
      return { ok: false, error: { code: 'INTERNAL', message: hostTexts(language).internal } }
    }
  }
}
