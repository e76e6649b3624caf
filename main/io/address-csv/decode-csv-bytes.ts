import { timeSlices, type TimeSlices } from '../time-slices'

/** Text of a CSV file with the encoding it turned out to have, or why it is no text file. */
export type DecodedCsv =
  { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; message: string }

/** Bytes decoded per step. */
const STEP_BYTES = 1 << 20

/** Files that are often picked by mistake, by their first bytes. */
const knownFormats: ReadonlyArray<{ magic: readonly number[]; message: string }> = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    message:
      'Dit is geen CSV-bestand maar een ingepakt bestand, zoals een Excel-werkmap (.xlsx). Open het in Excel en kies "Opslaan als" → "CSV (gescheiden door lijstscheidingsteken)".',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      'Dit is geen CSV-bestand maar een oud Excel- of Word-bestand. Open het in Excel en kies "Opslaan als" → "CSV (gescheiden door lijstscheidingsteken)".',
  },
  { magic: [0x25, 0x50, 0x44, 0x46], message: 'Dit is een PDF, geen CSV-bestand met adressen.' },
]

/** True when the bytes look like a text file: no NUL bytes and few other control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return false
    // Tab, line feed, carriage return and form feed are ordinary in text.
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1
  }
  return control <= sample.length / 100
}

/**
 * Decodes a CSV file as Excel saves it: UTF-8 with or without BOM, or Windows-1252 ("CSV (gescheiden
 * door lijstscheidingsteken)" on a Dutch Windows). Bytes that are not valid UTF-8 mean Windows-1252.
 * A file that is not text (an image, a spreadsheet, a PDF renamed to .csv) is refused with a message
 * saying so. Decodes a megabyte at a time, pausing between slices.
 */
export async function decodeCsvBytes(
  bytes: Uint8Array,
  slices: TimeSlices = timeSlices(),
): Promise<DecodedCsv> {
  const known = knownFormats.find(({ magic }) => magic.every((value, i) => bytes[i] === value))
  if (known) return { ok: false, message: known.message }
  if (!looksLikeText(bytes)) {
    return {
      ok: false,
      message:
        'Dit bestand is geen tekstbestand en dus geen CSV met adressen (misschien een afbeelding of een ander bestand met de naam .csv). Kies een CSV-bestand, bijvoorbeeld uit Excel opgeslagen als "CSV (gescheiden door lijstscheidingsteken)".',
    }
  }
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  const utf8 = await decodeInSteps(withoutBom, new TextDecoder('utf-8', { fatal: true }), slices)
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' }
  const latin = await decodeInSteps(withoutBom, new TextDecoder('windows-1252'), slices)
  return { ok: true, text: latin ?? '', encoding: 'windows-1252' }
}

async function decodeInSteps(
  bytes: Uint8Array,
  decoder: InstanceType<typeof TextDecoder>,
  slices: TimeSlices,
): Promise<string | undefined> {
  if (slices.continuous) {
    try {
      return decoder.decode(bytes)
    } catch {
      return undefined
    }
  }
  const parts: string[] = []
  try {
    for (let start = 0; start < bytes.length; start += STEP_BYTES) {
      await slices.maybePause()
      parts.push(decoder.decode(bytes.subarray(start, start + STEP_BYTES), { stream: true }))
    }
    parts.push(decoder.decode())
  } catch {
    return undefined
  }
  return parts.join('')
}
