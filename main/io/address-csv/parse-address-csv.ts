import Papa from 'papaparse'
import { formatHouseNumber, normaliseAddition, parseHouseNumber } from '../../../shared/domain/house-number'
import { postcodeSchema } from '../../../shared/model'
import { timeSlices, type TimeSlices } from '../time-slices'
import { type AddressColumn, type ColumnMap, mapColumns, missingColumnsMessage } from './csv-columns'
import { nextRowBoundary } from './csv-row-boundaries'
import { decodeCsvBytes } from './decode-csv-bytes'

/** A row that reads as an address. */
export interface CsvAddressRow {
  line: number
  street: string
  houseNumber: number
  addition: string
  postcode: string
  place: string
}

/**
 * The good rows of a file, column by column: numbers in typed arrays, texts as indices into
 * `texts` (a file repeats its streets, places and postcodes on every row). Compact in memory, and
 * handed from the worker that read the file to the main thread without copying.
 */
export interface CsvAddressTable {
  count: number
  texts: string[]
  line: Int32Array
  houseNumber: Int32Array
  street: Int32Array
  addition: Int32Array
  postcode: Int32Array
  place: Int32Array
}

/** Row `index` of a table as an object. */
export function csvRow(table: CsvAddressTable, index: number): CsvAddressRow {
  const text = (column: Int32Array): string => table.texts[column[index] ?? 0] ?? ''
  return {
    line: table.line[index] ?? 0,
    street: text(table.street),
    houseNumber: table.houseNumber[index] ?? 0,
    addition: text(table.addition),
    postcode: text(table.postcode),
    place: text(table.place),
  }
}

/** A row with a problem, named by its line number in the file (the header is line 1). */
export interface CsvRowError {
  line: number
  message: string
  /** What the row said, for the preview. */
  street: string
  houseNumber: string
  postcode: string
  place: string
}

/** Everything read from one CSV file. */
export interface ParsedAddressCsv {
  rows: CsvAddressTable
  errors: CsvRowError[]
  /** A problem with the file as a whole (not text, no header, missing columns); then there are no rows. */
  fileError?: string
  delimiter: string
  encoding: 'utf-8' | 'windows-1252'
  columns: Partial<Record<AddressColumn, string>>
}

/** Characters parsed per piece: small enough that a piece takes a few milliseconds. */
const PIECE_CHARS = 64 * 1024

/** "Dorpsstraat 12a" → street and house number, for files with one address column. */
function splitAddress(text: string): { street: string; number: string } {
  const match = /^(.*?)[\s,]+(\d{1,5}\s*(?:[-/\s]?\s*[A-Za-z0-9]{1,6})?)\s*$/.exec(text.trim())
  return match
    ? { street: match[1]?.trim() ?? '', number: match[2] ?? '' }
    : { street: text.trim(), number: '' }
}

const collapse = (value: string): string => value.trim().replace(/\s+/g, ' ')

/** 1-based line numbers within a piece of text, from the positions of its line breaks. */
function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = []
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) breaks.push(i)
  return (offset) => {
    let low = 0
    let high = breaks.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((breaks[mid] ?? 0) < offset) low = mid + 1
      else high = mid
    }
    return low + 1
  }
}

/**
 * The distinct texts of a file, each kept once as a copy of its own (not a slice of the file's
 * text, which can then be let go), numbered in order of appearance.
 */
function textTable(): { texts: string[]; index: (value: string) => number } {
  const texts: string[] = ['']
  const known = new Map<string, number>([['', 0]])
  return {
    texts,
    index: (value) => {
      const existing = known.get(value)
      if (existing !== undefined) return existing
      const own = Buffer.from(value, 'utf8').toString('utf8')
      texts.push(own)
      known.set(own, texts.length - 1)
      return texts.length - 1
    },
  }
}

/** Room for this many more numbers below 2^20 in a duplicate key. */
const KEY_BASE = 1 << 20

/** Checks data rows one by one against the header's columns; collects good rows and problems. */
function rowChecker(map: ColumnMap) {
  const table = textTable()
  const lower = textTable()
  const columns = {
    line: [] as number[],
    houseNumber: [] as number[],
    street: [] as number[],
    addition: [] as number[],
    postcode: [] as number[],
    place: [] as number[],
  }
  const errors: CsvRowError[] = []
  // Street and place → house number and addition → the line it was first seen on.
  const seen = new Map<number, Map<number, number>>()
  const cell = (cells: readonly string[], field: AddressColumn): string => {
    const index = map.index[field]
    return index === undefined ? '' : collapse(cells[index] ?? '')
  }
  const check = (cells: readonly string[], line: number): void => {
    let street = cell(cells, 'straat')
    let numberText = cell(cells, 'huisnummer')
    if ((!street || !numberText) && map.index.adres !== undefined) {
      const split = splitAddress(cell(cells, 'adres'))
      street ||= split.street
      numberText ||= split.number
    }
    const extra = [cell(cells, 'huisletter'), cell(cells, 'toevoeging')].filter(Boolean).join('')
    const postcodeText = cell(cells, 'postcode')
    const place = cell(cells, 'woonplaats')
    const shown = {
      street,
      houseNumber: [numberText, extra].filter(Boolean).join(' '),
      postcode: postcodeText,
      place,
    }
    const fail = (message: string): void => {
      errors.push({ line, message: `Rij ${line}: ${message}`, ...shown })
    }
    if (!street) return fail('de straat ontbreekt.')
    if (!numberText) return fail('het huisnummer ontbreekt.')
    const parsedNumber = parseHouseNumber(extra ? `${numberText}-${extra}` : numberText)
    if (!parsedNumber) return fail(`"${shown.houseNumber}" is geen geldig huisnummer.`)
    const postcode = postcodeSchema.safeParse(postcodeText)
    if (!postcode.success) return fail(`"${postcodeText}" is geen geldige postcode (zoals 8096 AB).`)
    const addition = normaliseAddition(parsedNumber.addition)
    const where = lower.index(street.toLowerCase()) * KEY_BASE + lower.index(place.toLowerCase())
    const which = parsedNumber.houseNumber * KEY_BASE + lower.index(addition.toLowerCase())
    const inStreet = seen.get(where) ?? new Map<number, number>()
    seen.set(where, inStreet)
    const earlier = inStreet.get(which)
    if (earlier !== undefined) {
      return fail(
        `dubbel adres: ${street} ${formatHouseNumber(parsedNumber.houseNumber, addition)} staat ook op rij ${earlier}.`,
      )
    }
    inStreet.set(which, line)
    columns.line.push(line)
    columns.houseNumber.push(parsedNumber.houseNumber)
    columns.street.push(table.index(street))
    columns.addition.push(table.index(addition))
    columns.postcode.push(table.index(postcode.data))
    columns.place.push(table.index(place))
  }
  const rows = (): CsvAddressTable => ({
    count: columns.line.length,
    texts: table.texts,
    line: Int32Array.from(columns.line),
    houseNumber: Int32Array.from(columns.houseNumber),
    street: Int32Array.from(columns.street),
    addition: Int32Array.from(columns.addition),
    postcode: Int32Array.from(columns.postcode),
    place: Int32Array.from(columns.place),
  })
  return { rows, errors, check }
}

/** A table without rows. */
export function emptyCsvTable(): CsvAddressTable {
  const none = new Int32Array(0)
  return {
    count: 0,
    texts: [''],
    line: none,
    houseNumber: none,
    street: none,
    addition: none,
    postcode: none,
    place: none,
  }
}

/**
 * Reads a CSV of addresses as a gemeente or corporatie hands it over: comma, semicolon or tab, with
 * or without BOM, UTF-8 or Windows-1252, Dutch or English headers, house number and addition in one
 * column or two. Checks each row (street, house number, postcode, duplicates within the file) and
 * names every problem by its line number. A file that is not text at all is refused as such.
 *
 * The text is parsed in pieces that end at row boundaries, each row checked as it is read (no copy
 * of all cells is kept), with a pause for the event loop whenever a slice of time is used up.
 */
export async function parseAddressCsv(
  bytes: Uint8Array,
  slices: TimeSlices = timeSlices(),
): Promise<ParsedAddressCsv> {
  const decoded = await decodeCsvBytes(bytes, slices)
  if (!decoded.ok) {
    return {
      rows: emptyCsvTable(),
      errors: [],
      fileError: decoded.message,
      delimiter: ';',
      encoding: 'utf-8',
      columns: {},
    }
  }
  const { text, encoding } = decoded
  // The delimiter first, from the first rows: finding row boundaries needs it (quoted fields).
  const guess = Papa.parse<string[]>(text.slice(0, PIECE_CHARS), {
    preview: 10,
    // Empty lines (the one after the last line break) would make every guess look inconsistent.
    skipEmptyLines: true,
    delimitersToGuess: [';', ',', '\t', '|'],
  })
  const delimiter = guess.meta.delimiter || ';'
  let checker: ReturnType<typeof rowChecker> | undefined
  let fileError: string | undefined
  let columns: Partial<Record<AddressColumn, string>> = {}
  let lineBase = 0
  for (let start = 0; start < text.length && fileError === undefined;) {
    await slices.maybePause()
    const end = nextRowBoundary(text, start, PIECE_CHARS, delimiter)
    const piece = text.slice(start, end)
    const lineAt = lineCounter(piece)
    let offset = 0
    Papa.parse<string[]>(piece, {
      delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        const line = lineBase + lineAt(offset)
        offset = result.meta.cursor
        // The cursor points at the line break that ends the row; the next row starts after it.
        while (piece[offset] === '\r' || piece[offset] === '\n') {
          if (piece[offset] === '\n') {
            offset += 1
            break
          }
          offset += 1
        }
        const cells = result.data
        if (!cells.some((value) => value.trim() !== '')) return
        if (checker) return checker.check(cells, line)
        const map = mapColumns(cells)
        columns = map.names
        const missing = missingColumnsMessage(map)
        if (missing) {
          fileError = `Rij ${line}: ${missing}`
          parser.abort()
          return
        }
        checker = rowChecker(map)
      },
    })
    lineBase += lineAt(piece.length) - 1
    start = end
  }
  const base = { delimiter, encoding, columns }
  if (fileError !== undefined) return { ...base, rows: emptyCsvTable(), errors: [], fileError }
  if (!checker) return { ...base, rows: emptyCsvTable(), errors: [], fileError: 'Het bestand is leeg.' }
  return { ...base, rows: checker.rows(), errors: checker.errors }
}
