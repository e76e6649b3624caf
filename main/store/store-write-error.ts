import { errorCode } from './fs-ops'

/** Why a write failed, in categories a host can act on. Every one maps to API error `WRITE_FAILED`. */
export type StoreWriteErrorCode =
  'DISK_FULL' | 'READ_ONLY' | 'IN_USE' | 'FOLDER_MISSING' | 'INVALID_DATA' | 'IO'

/**
 * A change could not be saved. The message is Dutch and tells the coach what to do; the in-memory
 * data is still the last state on disk. `systemCode` is the OS error code (`ENOSPC`, `EROFS`, ...).
 */
export class StoreWriteError extends Error {
  readonly code: StoreWriteErrorCode
  readonly systemCode: string | undefined

  constructor(
    code: StoreWriteErrorCode,
    message: string,
    options: { cause?: unknown; systemCode?: string } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'StoreWriteError'
    this.code = code
    this.systemCode = options.systemCode
  }
}

/**
 * Turns a filesystem error from a failed write into a {@link StoreWriteError} with a Dutch message.
 * `action` words the failure: `'save'` ("Opslaan is mislukt: …") or `'backup'` ("De back-up is niet
 * gemaakt: …").
 */
export function toStoreWriteError(
  error: unknown,
  folder: string,
  action: 'save' | 'backup' = 'save',
): StoreWriteError {
  if (error instanceof StoreWriteError) return error
  const mapped = mapWriteError(error, folder)
  if (action === 'save') return mapped
  return new StoreWriteError(
    mapped.code,
    mapped.message.replace('Opslaan is mislukt', 'De back-up is niet gemaakt'),
    {
      cause: error,
      systemCode: mapped.systemCode,
    },
  )
}

function mapWriteError(error: unknown, folder: string): StoreWriteError {
  const systemCode = errorCode(error)
  const options = { cause: error, systemCode }
  switch (systemCode) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new StoreWriteError(
        'DISK_FULL',
        'Opslaan is mislukt: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.',
        options,
      )
    case 'EROFS':
    case 'EACCES':
      return new StoreWriteError(
        'READ_ONLY',
        `Opslaan is mislukt: de map is alleen-lezen of u heeft er geen schrijfrechten (${folder}). Controleer de rechten van de map en probeer het opnieuw.`,
        options,
      )
    case 'EPERM':
    case 'EBUSY':
      return new StoreWriteError(
        'IN_USE',
        'Opslaan is mislukt: het bestand is in gebruik (bijvoorbeeld door een virusscanner of back-upprogramma). Probeer het over een moment opnieuw.',
        options,
      )
    case 'ENOENT':
      return new StoreWriteError(
        'FOLDER_MISSING',
        `Opslaan is mislukt: de gegevensmap bestaat niet meer (${folder}). Start de app opnieuw.`,
        options,
      )
    default:
      return new StoreWriteError(
        'IO',
        `Opslaan is mislukt door een fout van de schijf of het systeem${systemCode ? ` (${systemCode})` : ''}. Probeer het opnieuw.`,
        options,
      )
  }
}
