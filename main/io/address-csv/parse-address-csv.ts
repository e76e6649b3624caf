import Papa from 'papaparse'
import { formatHouseNumber, normaliseAddition, parseHouseNumber } from '../../../shared/domain/house-number'
import { postcodeSchema } from '../../../shared/model'
import { type AddressColumn, mapColumns, missingColumnsMessage } from './csv-columns'
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
  rows: CsvAddressRow[]
  errors: CsvRowError[]
  /** A problem with the file as a whole (no header, missing columns); then there are no rows. */
  fileError?: string
  delimiter: string
  encoding: 'utf-8' | 'windows-1252'
  columns: Partial<Record<AddressColumn, string>>
}

/** 1-based line number of each character offset, from the positions of line breaks. */
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

/** "Dorpsstraat 12a" → street and house number, for files with one address column. */
function splitAddress(text: string): { street: string; number: string } {
  const match = /^(.*?)[\s,]+(\d{1,5}\s*(?:[-/\s]?\s*[A-Za-z0-9]{1,6})?)\s*$/.exec(text.trim())
  return match
    ? { street: match[1]?.trim() ?? '', number: match[2] ?? '' }
    : { street: text.trim(), number: '' }
}

const collapse = (value: string): string => value.trim().replace(/\s+/g, ' ')

/**
 * Reads a CSV of addresses as a gemeente or corporatie hands it over: comma, semicolon or tab, with
 * or without BOM, UTF-8 or Windows-1252, Dutch or English headers, house number and addition in one
 * column or two. Checks each row (street, house number, postcode, duplicates within the file) and
 * names every problem by its line number.
 */
export function parseAddressCsv(bytes: Uint8Array): ParsedAddressCsv {
  const { text, encoding } = decodeCsvBytes(bytes)
  const lineAt = lineCounter(text)
  const records: Array<{ cells: string[]; line: number }> = []
  let offset = 0
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: false,
    step: (result) => {
      records.push({ cells: result.data, line: lineAt(offset) })
      offset = result.meta.cursor
      // The cursor points at the line break that ends the row; the next row starts after it.
      while (text[offset] === '\r' || text[offset] === '\n') {
        if (text[offset] === '\n') {
          offset += 1
          break
        }
        offset += 1
      }
    },
  })
  const delimiter = parsed.meta.delimiter || ';'
  const nonEmpty = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''))
  const header = nonEmpty[0]
  const base = { rows: [], errors: [], delimiter, encoding, columns: {} }
  if (!header) return { ...base, fileError: 'Het bestand is leeg.' }
  const map = mapColumns(header.cells)
  const missing = missingColumnsMessage(map)
  if (missing) return { ...base, columns: map.names, fileError: `Regel ${header.line}: ${missing}` }

  const cell = (cells: string[], field: AddressColumn): string => {
    const index = map.index[field]
    return index === undefined ? '' : collapse(cells[index] ?? '')
  }
  const rows: CsvAddressRow[] = []
  const errors: CsvRowError[] = []
  const seen = new Map<string, number>()

  for (const { cells, line } of nonEmpty.slice(1)) {
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
      errors.push({ line, message: `Regel ${line}: ${message}`, ...shown })
    }

    if (!street) {
      fail('de straat ontbreekt.')
      continue
    }
    if (!numberText) {
      fail('het huisnummer ontbreekt.')
      continue
    }
    const parsedNumber = parseHouseNumber(extra ? `${numberText}-${extra}` : numberText)
    if (!parsedNumber) {
      fail(`"${shown.houseNumber}" is geen geldig huisnummer.`)
      continue
    }
    const postcode = postcodeSchema.safeParse(postcodeText)
    if (!postcode.success) {
      fail(`"${postcodeText}" is geen geldige postcode (zoals 8096 AB).`)
      continue
    }
    const addition = normaliseAddition(parsedNumber.addition)
    const key = `${street.toLowerCase()}|${place.toLowerCase()}|${parsedNumber.houseNumber}|${addition.toLowerCase()}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      fail(
        `dubbel adres: ${street} ${formatHouseNumber(parsedNumber.houseNumber, addition)} staat ook op regel ${earlier}.`,
      )
      continue
    }
    seen.set(key, line)
    rows.push({
      line,
      street,
      houseNumber: parsedNumber.houseNumber,
      addition,
      postcode: postcode.data,
      place,
    })
  }
  return { rows, errors, delimiter, encoding, columns: map.names }
}
