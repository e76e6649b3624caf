import { MAX_BACKUP_BASE64_CHARS, MAX_CSV_BASE64_CHARS, type ApiMethod } from '../../shared/api'
import { MAX_LOGO_BASE64_CHARS } from '../../shared/model'

/** Room for the JSON around a file: the envelope and the method's other fields. */
const ENVELOPE_BYTES = 64 * 1024

/** Every method that carries no file: a megabyte is far more than its longest text fields need. */
export const SMALL_BODY_BYTES = 1024 * 1024

/** Methods that carry a file, with the body size their largest file needs (from the contract). */
const fileMethods: Partial<Record<ApiMethod, number>> = {
  'address.previewCsv': MAX_CSV_BASE64_CHARS + ENVELOPE_BYTES,
  'address.importCsv': MAX_CSV_BASE64_CHARS + ENVELOPE_BYTES,
  'backup.inspectFile': MAX_BACKUP_BASE64_CHARS + ENVELOPE_BYTES,
  'backup.importFile': MAX_BACKUP_BASE64_CHARS + ENVELOPE_BYTES,
  'settings.update': MAX_LOGO_BASE64_CHARS + ENVELOPE_BYTES,
}

/** The largest request body the web host reads for `method` (unknown methods get the small limit). */
export function bodyLimitFor(method: string): number {
  return Object.prototype.hasOwnProperty.call(fileMethods, method)
    ? (fileMethods[method as ApiMethod] ?? SMALL_BODY_BYTES)
    : SMALL_BODY_BYTES
}

/** "1 MB", "40 MB": a limit as the coach reads it. */
export function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1_000_000))} MB`
}
