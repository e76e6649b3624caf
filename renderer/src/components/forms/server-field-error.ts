import { type ApiClientError } from '../../api/api-client-error'

/**
 * The form field a host's validation error belongs to, when the form has that field. Errors for a
 * field's parts (e.g. `period` for a date range) go to the first listed field that starts with it.
 */
export function serverErrorField<F extends string>(
  error: ApiClientError,
  fields: readonly F[],
): F | undefined {
  if (error.code !== 'VALIDATION_FAILED' || error.field === undefined) return undefined
  const field = error.field
  return fields.find((name) => name === field) ?? fields.find((name) => name.startsWith(`${field}.`))
}
