import { type Language } from '../model/vocabulary'

/** Messages of the hosts and the dispatcher themselves (not of one method), in one language. */
export interface HostTexts {
  unknownMethod: (name: string) => string
  internal: string
  unauthorized: string
  otherWebsite: string
  postOnly: string
  jsonOnly: string
  badJson: string
  envelope: string
  unreadable: string
  tooLarge: (megabytes: string) => string
  timeout: string
  notFromApp: string
  noMethod: string
  storeInRecovery: string
  storeClosed: string
  storeNotOpen: string
  backupNotFound: string
  fileInTheWay: string
  notInRecovery: string
  backupInvalid: string
  writeFailed: Record<'DISK_FULL' | 'READ_ONLY' | 'IN_USE' | 'FOLDER_MISSING' | 'INVALID_DATA' | 'IO', string>
}

const nl: HostTexts = {
  unknownMethod: (name) => `Onbekende opdracht "${name}".`,
  internal: 'Er ging iets onverwachts mis. Er is niets gewijzigd; probeer het opnieuw of herstart de app.',
  unauthorized: 'Geen of een ongeldige toegangssleutel.',
  otherWebsite: 'Verzoeken van een andere website worden geweigerd.',
  postOnly: 'Gebruik POST voor de API.',
  jsonOnly: 'De API verwacht JSON (Content-Type: application/json).',
  badJson: 'Het verzoek is geen geldige JSON.',
  envelope: 'Stuur de invoer als { "input": ... }.',
  unreadable: 'Het verzoek kon niet worden gelezen.',
  tooLarge: (megabytes) =>
    `Het verzoek is te groot: deze opdracht neemt hoogstens ${megabytes} aan. Kies een kleiner bestand.`,
  timeout: 'Het verzoek kwam niet op tijd binnen en is afgebroken. Probeer het opnieuw.',
  notFromApp: 'Deze aanvraag komt niet van Krachtstroom Coach zelf en is geweigerd.',
  noMethod: 'De aanvraag noemt geen opdracht.',
  storeInRecovery: 'De gegevens konden niet worden geladen. Zet eerst een back-up terug of begin opnieuw.',
  storeClosed: 'De gegevens zijn gesloten.',
  storeNotOpen: 'De gegevens zijn nog niet geopend.',
  backupNotFound: 'Deze back-up bestaat niet (meer). Kies een andere back-up uit de lijst.',
  fileInTheWay:
    'Het oude gegevensbestand kon niet apart worden gezet; er is niets veranderd. Sluit andere programma’s die het gebruiken en probeer het opnieuw.',
  notInRecovery: 'Opnieuw beginnen met lege gegevens kan alleen als de gegevens niet geladen konden worden.',
  backupInvalid:
    'Deze back-up is beschadigd, onvolledig of van een nieuwere versie, en kan niet worden teruggezet.',
  writeFailed: {
    DISK_FULL: 'Opslaan is mislukt: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.',
    READ_ONLY: 'Opslaan is mislukt: de gegevensmap is alleen-lezen of niet toegankelijk.',
    IN_USE: 'Opslaan is mislukt: het bestand is in gebruik. Probeer het over een moment opnieuw.',
    FOLDER_MISSING: 'Opslaan is mislukt: de gegevensmap bestaat niet meer.',
    INVALID_DATA: 'De wijziging is niet opgeslagen: de gegevens zouden niet meer kloppen.',
    IO: 'Opslaan is mislukt door een fout van de schijf of het systeem. Probeer het opnieuw.',
  },
}

const en: HostTexts = {
  unknownMethod: (name) => `Unknown command "${name}".`,
  internal: 'Something unexpected went wrong. Nothing was changed; try again or restart the app.',
  unauthorized: 'No or an invalid access key.',
  otherWebsite: 'Requests from another website are refused.',
  postOnly: 'Use POST for the API.',
  jsonOnly: 'The API expects JSON (Content-Type: application/json).',
  badJson: 'The request is not valid JSON.',
  envelope: 'Send the input as { "input": ... }.',
  unreadable: 'The request could not be read.',
  tooLarge: (megabytes) =>
    `The request is too large: this command takes at most ${megabytes}. Choose a smaller file.`,
  timeout: 'The request did not arrive in time and was stopped. Please try again.',
  notFromApp: 'This request does not come from Krachtstroom Coach itself and was refused.',
  noMethod: 'The request names no command.',
  storeInRecovery: 'Your data could not be loaded. Restore a backup first, or start again.',
  storeClosed: 'The data is closed.',
  storeNotOpen: 'The data has not been opened yet.',
  backupNotFound: 'This backup does not exist (any more). Choose another backup from the list.',
  fileInTheWay:
    'The old data file could not be put aside; nothing was changed. Close other programs that use it and try again.',
  notInRecovery: 'Starting again with empty data is only possible when the data could not be loaded.',
  backupInvalid: 'This backup is damaged, incomplete or from a newer version, and cannot be restored.',
  writeFailed: {
    DISK_FULL: 'Saving failed: the disk is full. Free up space and try again.',
    READ_ONLY: 'Saving failed: the data folder is read-only or not accessible.',
    IN_USE: 'Saving failed: the file is in use. Try again in a moment.',
    FOLDER_MISSING: 'Saving failed: the data folder no longer exists.',
    INVALID_DATA: 'The change was not saved: the data would no longer be consistent.',
    IO: 'Saving failed because of a disk or system error. Please try again.',
  },
}

/** The hosts' own messages in `language`. */
export function hostTexts(language: Language): HostTexts {
  return language === 'en' ? en : nl
}

/** The language asked for by an HTTP `Accept-Language` header: English only when it comes first. */
export function languageFromHeader(header: string | undefined): Language {
  return header !== undefined && /^\s*en\b/i.test(header) ? 'en' : 'nl'
}
