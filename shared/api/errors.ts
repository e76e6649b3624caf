import { type Language } from '../model/vocabulary'

/** Error codes every host uses; the message that travels with them names the field, in the app's language. */
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

/** How one call is made: the app's language, in which the host words its answer. */
export interface CallOptions {
  language?: Language
}

/** An error as it travels over IPC and HTTP. `field` is the dotted path of the input field at fault. */
export interface ApiError {
  code: ApiErrorCode
  message: string
  field?: string
}

/** The envelope every call answers with, over IPC and HTTP alike. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/**
 * Thrown by services for an expected failure; hosts turn it into `{ ok: false, error }`. The message
 * is Dutch; `english`, where given, is sent instead when the app runs in English.
 */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode
  readonly field: string | undefined
  readonly english: string | undefined

  constructor(code: ApiErrorCode, message: string, field?: string, english?: string) {
    super(message)
    this.name = 'ApiFailure'
    this.code = code
    this.field = field
    this.english = english
  }

  /** The serialisable form sent to the renderer, in `language`. */
  toApiError(language: Language = 'nl'): ApiError {
    const message = language === 'en' && this.english !== undefined ? this.english : this.message
    return this.field === undefined
      ? { code: this.code, message }
      : { code: this.code, message, field: this.field }
  }
}

/** Shorthand for a not-found failure naming what was looked for ("Dit adres", "This address"). */
export function notFound(what: string, field?: string, whatEnglish?: string): ApiFailure {
  return new ApiFailure(
    'NOT_FOUND',
    `${what} bestaat niet (meer).`,
    field,
    whatEnglish === undefined ? undefined : `${whatEnglish} does not exist (any more).`,
  )
}
