import { foldText } from '../../shared/domain/fold-text'
import {
  ApiFailure,
  type ApiParsedInput,
  type CsvImportResult,
  type CsvPreview,
  type CsvPreviewRow,
} from '../../shared/api'
import { formatHouseNumber, houseNumberKey } from '../../shared/domain/house-number'
import { type Street, type StoreData } from '../../shared/model'
import {
  parseAddressCsv,
  type CsvAddressRow,
  type ParsedAddressCsv,
} from '../io/address-csv/parse-address-csv'
import { addressKeys } from './address-service'
import { nowIso } from './clock'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

const fold = foldText

/** Finds the programme's street a CSV row belongs to: same name, and same place where both have one. */
function streetFinder(streets: readonly Street[]): (name: string, place: string) => Street | undefined {
  const byName = new Map<string, Street[]>()
  for (const street of streets) {
    const list = byName.get(fold(street.name)) ?? []
    list.push(street)
    byName.set(fold(street.name), list)
  }
  return (name, place) => {
    const candidates = byName.get(fold(name)) ?? []
    const samePlace = candidates.find((s) => fold(s.place) === fold(place))
    if (samePlace) return samePlace
    const open = candidates.filter((s) => s.place === '' || place === '')
    return open.length === 1 ? open[0] : undefined
  }
}

function readCsv(base64: string): ParsedAddressCsv {
  return parseAddressCsv(new Uint8Array(Buffer.from(base64, 'base64')))
}

function liveStreets(data: Readonly<StoreData>, programmeId: string): Street[] {
  return data.streets.filter((s) => s.programmeId === programmeId && !s.deletedAt)
}

/** Whether each valid row is new or already known in the programme. */
function classify(
  data: Readonly<StoreData>,
  programmeId: string,
  rows: readonly CsvAddressRow[],
): Array<'nieuw' | 'bestaand'> {
  const find = streetFinder(liveStreets(data, programmeId))
  const keysByStreet = new Map<string, Set<string>>()
  return rows.map((row) => {
    const street = find(row.street, row.place)
    if (!street) return 'nieuw'
    let keys = keysByStreet.get(street.id)
    if (!keys) {
      keys = addressKeys(data, street.id)
      keysByStreet.set(street.id, keys)
    }
    return keys.has(houseNumberKey(row.houseNumber, row.addition)) ? 'bestaand' : 'nieuw'
  })
}

/** address.previewCsv and address.importCsv. */
export function createAddressImportService({ stores, clock, newId }: ServiceDeps) {
  return {
    'address.previewCsv': async ({
      programmeId,
      base64,
    }: ApiParsedInput<'address.previewCsv'>): Promise<CsvPreview> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const parsed = readCsv(base64)
      const base = { delimiter: parsed.delimiter, encoding: parsed.encoding, columns: parsed.columns }
      if (parsed.fileError)
        return { ...base, rows: [], valid: 0, errors: [{ line: 1, message: parsed.fileError }] }
      const statuses = classify(data, programmeId, parsed.rows)
      const rows: CsvPreviewRow[] = [
        ...parsed.rows.map((row, index) => ({
          line: row.line,
          street: row.street,
          houseNumber: formatHouseNumber(row.houseNumber, row.addition),
          postcode: row.postcode,
          place: row.place,
          status: statuses[index] ?? 'nieuw',
        })),
        ...parsed.errors.map(({ line, message, street, houseNumber, postcode, place }) => ({
          line,
          street,
          houseNumber,
          postcode,
          place,
          status: 'fout' as const,
          message,
        })),
      ].sort((a, b) => a.line - b.line)
      return {
        ...base,
        rows,
        valid: parsed.rows.length,
        errors: parsed.errors.map(({ line, message }) => ({ line, message })),
      }
    },

    'address.importCsv': async ({
      programmeId,
      base64,
      mode,
    }: ApiParsedInput<'address.importCsv'>): Promise<CsvImportResult> => {
      const parsed = readCsv(base64)
      if (parsed.fileError)
        throw new ApiFailure('VALIDATION_FAILED', `Er is niets geïmporteerd. ${parsed.fileError}`)
      if (mode === 'all-or-nothing' && parsed.errors.length > 0) {
        const count = parsed.errors.length
        throw new ApiFailure(
          'VALIDATION_FAILED',
          `Er is niets geïmporteerd: ${count} ${count === 1 ? 'regel heeft' : 'regels hebben'} een fout. ${parsed.errors[0]?.message ?? ''}`.trim(),
        )
      }
      return requireStore(stores).update((data) => {
        const programme = findProgramme(data, programmeId)
        const now = nowIso(clock)
        const streets = liveStreets(data, programme.id)
        let find = streetFinder(streets)
        const keysByStreet = new Map<string, Set<string>>()
        const result: CsvImportResult = {
          imported: 0,
          matched: 0,
          rejected: parsed.errors.length,
          streetsCreated: 0,
        }
        for (const row of parsed.rows) {
          let street = find(row.street, row.place)
          if (!street) {
            street = {
              id: newId(),
              programmeId,
              createdAt: now,
              updatedAt: now,
              name: row.street,
              place: row.place,
              notes: '',
            }
            data.streets.push(street)
            streets.push(street)
            find = streetFinder(streets)
            result.streetsCreated += 1
          }
          let keys = keysByStreet.get(street.id)
          if (!keys) {
            keys = addressKeys(data, street.id)
            keysByStreet.set(street.id, keys)
          }
          const key = houseNumberKey(row.houseNumber, row.addition)
          if (keys.has(key)) {
            result.matched += 1
            continue
          }
          keys.add(key)
          data.addresses.push({
            id: newId(),
            programmeId,
            streetId: street.id,
            createdAt: now,
            updatedAt: now,
            houseNumber: row.houseNumber,
            addition: row.addition,
            postcode: row.postcode,
            householdNote: '',
            residentName: '',
            phone: '',
            consentToContact: false,
          })
          result.imported += 1
        }
        return result
      })
    },
  }
}
