/** The address fields a CSV column can hold. */
export type AddressColumn =
  'straat' | 'huisnummer' | 'huisletter' | 'toevoeging' | 'postcode' | 'woonplaats' | 'adres'

/** Header names (normalised: lower case, letters and digits only) per field, Dutch and English. */
const headerNames: Readonly<Record<AddressColumn, readonly string[]>> = {
  straat: ['straat', 'straatnaam', 'openbareruimte', 'openbareruimtenaam', 'street', 'streetname'],
  huisnummer: [
    'huisnummer',
    'huisnr',
    'nr',
    'nummer',
    'housenumber',
    'number',
    'no',
    'huisnummermettoevoeging',
  ],
  huisletter: ['huisletter', 'letter'],
  toevoeging: ['toevoeging', 'huisnummertoevoeging', 'toev', 'addition', 'suffix', 'huisnrtoev'],
  postcode: ['postcode', 'postalcode', 'zip', 'zipcode', 'pc', 'postcodecijfers'],
  woonplaats: ['woonplaats', 'plaats', 'plaatsnaam', 'place', 'city', 'town', 'kern'],
  adres: ['adres', 'address', 'straatenhuisnummer'],
}

/** Lower case, accents removed, only letters and digits: "Huis-nr." → "huisnr". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** Which column index holds which field, and the header text the coach used for it. */
export interface ColumnMap {
  index: Partial<Record<AddressColumn, number>>
  names: Partial<Record<AddressColumn, string>>
}

/** Recognises the columns of a header row; unknown columns are ignored. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: {}, names: {} }
  header.forEach((raw, index) => {
    const normalised = normaliseHeader(raw)
    for (const [field, names] of Object.entries(headerNames) as Array<[AddressColumn, readonly string[]]>) {
      if (map.index[field] === undefined && names.includes(normalised)) {
        map.index[field] = index
        map.names[field] = raw.trim()
      }
    }
  })
  return map
}

/** A Dutch sentence saying which required column is missing, or undefined when the header will do. */
export function missingColumnsMessage(map: ColumnMap): string | undefined {
  const hasStreet = map.index.straat !== undefined || map.index.adres !== undefined
  const hasNumber = map.index.huisnummer !== undefined || map.index.adres !== undefined
  if (!hasStreet)
    return 'Geen kolom met de straat gevonden (verwacht een kop als "straat", "straatnaam" of "street").'
  if (!hasNumber)
    return 'Geen kolom met het huisnummer gevonden (verwacht een kop als "huisnummer", "huisnr" of "number").'
  return undefined
}
