/** Error codes every host uses; the message that travels with them is Dutch and names the field. */
export const apiErrorCodes = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'STORE_UNAVAILABLE',
  'WRITE_FAILED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'BAD_REQUEST',
  'INTERNAL',
] as const
export type ApiErrorCode = (typeof apiErrorCodes)[number]

/** An error as it travels over IPC and HTTP. `field` is the dotted path of the input field at fault. */
export interface ApiError {
  code: ApiErrorCode
  message: string
  field?: string
}

/** The envelope every call answers with, over IPC and HTTP alike. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** Thrown by services for an expected failure; hosts turn it into `{ ok: false, error }`. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode
  readonly field: string | undefined

  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'ApiFailure'
    this.code = code
    this.field = field
  }

  /** The serialisable form sent to the renderer. */
  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

/** Shorthand for a not-found failure naming what was looked for. */
export function notFound(what: string, field?: string): ApiFailure {
  return new ApiFailure('NOT_FOUND', `${what} bestaat niet (meer).`, field)
}
