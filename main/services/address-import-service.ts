import { foldText } from '../../shared/domain/fold-text'
import {
  ApiFailure,
  CSV_PREVIEW_ROWS,
  type ApiParsedInput,
  type CsvImportResult,
  type CsvPreview,
  type CsvPreviewRow,
} from '../../shared/api'
import { formatHouseNumber, houseNumberKey } from '../../shared/domain/house-number'
import { type Address, type Street, type StoreData } from '../../shared/model'
import {
  csvRow,
  type CsvAddressRow,
  type CsvAddressTable,
  type ParsedAddressCsv,
} from '../io/address-csv/parse-address-csv'
import { parseAddressCsvOffThread } from '../io/address-csv/parse-off-thread'
import { timeSlices } from '../io/time-slices'
import { nowIso } from './clock'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

const fold = foldText

/**
 * The programme's streets by folded name, and the house numbers of each street's live addresses,
 * built in one pass over the addresses (a file of 2,000 streets must not scan the addresses 2,000
 * times). House numbers are kept as numbers (number and addition together), not as texts: an import
 * of a quarter of a million rows should not make a quarter of a million strings.
 */
class ProgrammeAddresses {
  private readonly byName = new Map<string, Street[]>()
  private readonly numbers = new Map<string, Set<number>>()
  private readonly additions = new Map<string, number>()

  constructor(data: Readonly<StoreData>, programmeId: string) {
    for (const street of data.streets) {
      if (street.programmeId === programmeId && !street.deletedAt) this.addStreet(street)
    }
    for (const a of data.addresses) {
      const numbers = this.numbers.get(a.streetId)
      if (numbers && !a.deletedAt) numbers.add(this.key(a.houseNumber, a.addition))
    }
  }

  /** The street a CSV row belongs to: same name, and same place where both have one. */
  find(name: string, place: string): Street | undefined {
    const candidates = this.byName.get(fold(name)) ?? []
    const samePlace = candidates.find((s) => fold(s.place) === fold(place))
    if (samePlace) return samePlace
    const open = candidates.filter((s) => s.place === '' || place === '')
    return open.length === 1 ? open[0] : undefined
  }

  addStreet(street: Street): void {
    const name = fold(street.name)
    const list = this.byName.get(name) ?? []
    list.push(street)
    this.byName.set(name, list)
    this.numbers.set(street.id, new Set())
  }

  /** True when the street has that address. */
  has(streetId: string, houseNumber: number, addition: string): boolean {
    return this.numbers.get(streetId)?.has(this.key(houseNumber, addition)) ?? false
  }

  /** Records the address as present. */
  add(streetId: string, houseNumber: number, addition: string): void {
    this.numbers.get(streetId)?.add(this.key(houseNumber, addition))
  }

  /** The same number for the same address however its addition was typed (see houseNumberKey). */
  private key(houseNumber: number, addition: string): number {
    const text = houseNumberKey(0, addition)
    let id = this.additions.get(text)
    if (id === undefined) {
      id = this.additions.size
      this.additions.set(text, id)
    }
    return houseNumber * 1_048_576 + id
  }
}

/** The street of each distinct (street, place) pair of a file, looked up once per pair. */
function streetOfRow(known: ProgrammeAddresses, rows: CsvAddressTable) {
  const cache = new Map<number, Street | undefined>()
  return (index: number): { street: Street | undefined; remember: (street: Street) => void } => {
    const pair = (rows.street[index] ?? 0) * 1_048_576 + (rows.place[index] ?? 0)
    const remember = (street: Street): void => void cache.set(pair, street)
    if (cache.has(pair)) return { street: cache.get(pair), remember }
    const street = known.find(
      rows.texts[rows.street[index] ?? 0] ?? '',
      rows.texts[rows.place[index] ?? 0] ?? '',
    )
    cache.set(pair, street)
    return { street, remember }
  }
}

/** The preview's first rows: good and bad ones merged in file order, at most {@link CSV_PREVIEW_ROWS}. */
function firstRows(
  parsed: ParsedAddressCsv,
  statusOf: (row: CsvAddressRow) => 'nieuw' | 'bestaand',
): CsvPreviewRow[] {
  const shown: CsvPreviewRow[] = []
  let good = 0
  let bad = 0
  while (shown.length < CSV_PREVIEW_ROWS) {
    const row = good < parsed.rows.count ? csvRow(parsed.rows, good) : undefined
    const error = parsed.errors[bad]
    if (row && (!error || row.line < error.line)) {
      shown.push({
        line: row.line,
        street: row.street,
        houseNumber: formatHouseNumber(row.houseNumber, row.addition),
        postcode: row.postcode,
        place: row.place,
        status: statusOf(row),
      })
      good += 1
    } else if (error) {
      const { line, message, street, houseNumber, postcode, place } = error
      shown.push({ line, street, houseNumber, postcode, place, status: 'fout', message })
      bad += 1
    } else {
      break
    }
  }
  return shown
}

/** address.previewCsv and address.importCsv. */
export function createAddressImportService({ stores, clock, newId }: ServiceDeps) {
  return {
    'address.previewCsv': async ({
      programmeId,
      base64,
    }: ApiParsedInput<'address.previewCsv'>): Promise<CsvPreview> => {
      findProgramme(requireStore(stores).read(), programmeId)
      const parsed = await parseAddressCsvOffThread(base64)
      const base = { delimiter: parsed.delimiter, encoding: parsed.encoding, columns: parsed.columns }
      if (parsed.fileError) {
        return {
          ...base,
          rows: [],
          totalRows: 0,
          valid: 0,
          newCount: 0,
          existingCount: 0,
          // A problem of a line names it ("Rij 1: geen kolom …"); one of the whole file has line 0.
          errors: [{ line: /^Rij \d+:/.test(parsed.fileError) ? 1 : 0, message: parsed.fileError }],
        }
      }
      // The store as it is now; the import checks again against the store of its own moment.
      const known = new ProgrammeAddresses(requireStore(stores).read(), programmeId)
      const status = (row: CsvAddressRow): 'nieuw' | 'bestaand' => {
        const street = known.find(row.street, row.place)
        return street && known.has(street.id, row.houseNumber, row.addition) ? 'bestaand' : 'nieuw'
      }
      let existingCount = 0
      const slices = timeSlices()
      for (let index = 0; index < parsed.rows.count; index += 1) {
        if (status(csvRow(parsed.rows, index)) === 'bestaand') existingCount += 1
        if (slices.due()) await slices.pause()
      }
      return {
        ...base,
        rows: firstRows(parsed, status),
        totalRows: parsed.rows.count + parsed.errors.length,
        valid: parsed.rows.count,
        newCount: parsed.rows.count - existingCount,
        existingCount,
        errors: parsed.errors.map(({ line, message }) => ({ line, message })),
      }
    },

    'address.importCsv': async ({
      programmeId,
      base64,
      mode,
    }: ApiParsedInput<'address.importCsv'>): Promise<CsvImportResult> => {
      const parsed = await parseAddressCsvOffThread(base64)
      if (parsed.fileError)
        throw new ApiFailure('VALIDATION_FAILED', `Er is niets geïmporteerd. ${parsed.fileError}`)
      if (mode === 'all-or-nothing' && parsed.errors.length > 0) {
        const count = parsed.errors.length
        throw new ApiFailure(
          'VALIDATION_FAILED',
          `Er is niets geïmporteerd: ${count} ${count === 1 ? 'rij heeft' : 'rijen hebben'} een fout. ${parsed.errors[0]?.message ?? ''}`.trim(),
        )
      }
      const rejected = parsed.errors.length
      const rows = parsed.rows
      return requireStore(stores).update((data, base) => {
        const programme = findProgramme(data, programmeId)
        const now = nowIso(clock)
        // Looked up in the plain data; the draft only receives what is added.
        const known = new ProgrammeAddresses(base, programme.id)
        const result: CsvImportResult = { imported: 0, matched: 0, rejected, streetsCreated: 0 }
        const streets: Street[] = []
        const addresses: Address[] = []
        const streetOf = streetOfRow(known, rows)
        for (let index = 0; index < rows.count; index += 1) {
          const houseNumber = rows.houseNumber[index] ?? 0
          const addition = rows.texts[rows.addition[index] ?? 0] ?? ''
          const found = streetOf(index)
          let street = found.street
          if (!street) {
            street = {
              id: newId(),
              programmeId,
              createdAt: now,
              updatedAt: now,
              name: rows.texts[rows.street[index] ?? 0] ?? '',
              place: rows.texts[rows.place[index] ?? 0] ?? '',
              notes: '',
            }
            streets.push(street)
            known.addStreet(street)
            found.remember(street)
            result.streetsCreated += 1
          }
          if (known.has(street.id, houseNumber, addition)) {
            result.matched += 1
            continue
          }
          known.add(street.id, houseNumber, addition)
          addresses.push({
            id: newId(),
            programmeId,
            streetId: street.id,
            createdAt: now,
            updatedAt: now,
            houseNumber,
            addition,
            postcode: rows.texts[rows.postcode[index] ?? 0] ?? '',
            householdNote: '',
            residentName: '',
            phone: '',
            consentToContact: false,
          })
          result.imported += 1
        }
        // Added in one step each: a draft that receives a quarter of a million pushes one by one
        // keeps a record of every one of them.
        if (streets.length > 0) data.streets = base.streets.concat(streets)
        if (addresses.length > 0) data.addresses = base.addresses.concat(addresses)
        return result
      })
    },
  }
}
