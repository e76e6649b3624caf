import { type ApiError, type ApiErrorCode } from '../../../shared/api/errors'

/** Error codes of the API, plus the two that only the client can see. */
export type ApiClientErrorCode = ApiErrorCode | 'NETWORK' | 'BAD_RESPONSE'

/** A failed API call: the host's error (Dutch message, optional field path) or a transport failure. */
export class ApiClientError extends Error {
  readonly code: ApiClientErrorCode
  /** Dotted path of the input field at fault, e.g. `period.end`. */
  readonly field: string | undefined
  /** The method that failed, for logs. */
  readonly method: string

  constructor(method: string, code: ApiClientErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'ApiClientError'
    this.method = method
    this.code = code
    this.field = field
  }

  /** Builds the client error from the error half of an API envelope. */
  static fromApiError(method: string, error: ApiError): ApiClientError {
    return new ApiClientError(method, error.code, error.message, error.field)
  }
}

/** Turns anything thrown into an ApiClientError, so screens handle one kind of error. */
export function toApiClientError(method: string, error: unknown): ApiClientError {
  if (error instanceof ApiClientError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new ApiClientError(method, 'INTERNAL', message)
}
