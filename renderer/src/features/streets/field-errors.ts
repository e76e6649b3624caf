import { type ApiClientError } from '../../api/api-client-error'

/**
 * Puts a host's validation error (or conflict, e.g. "bestaat al") beside its field: answers the field's message (the host's Dutch text)
 * when the error names one of `fields`, so the dialog shows it in place instead of as a notification.
 */
export function fieldErrorFrom<F extends string>(
  error: ApiClientError,
  fields: readonly F[],
): { field: F; message: string } | undefined {
  if ((error.code !== 'VALIDATION_FAILED' && error.code !== 'CONFLICT') || error.field === undefined)
    return undefined
  const field = fields.find((name) => name === error.field)
  return field === undefined ? undefined : { field, message: error.message }
}
