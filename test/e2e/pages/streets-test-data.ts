import { type WebHost } from '../fixtures/web-host'

/** A fresh programme through the API (no demo), so tests count on an empty slate. */
export async function createProgramme(host: WebHost, name = 'Wezep Voor Elkaar'): Promise<string> {
  const programme = await host.call('programme.create', {
    name,
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01', end: '2026-12-31' },
  })
  return programme.id
}

/**
 * A messy Excel export of `total` data lines: semicolons, Windows-1252 (with "é"), house number and
 * addition in one column, postcodes with and without space; the lines in `bad` (file line numbers,
 * header = 1) get a fault: missing street, invalid postcode, bad house number, a duplicate.
 */
export function messyCsv(
  total: number,
  bad: Record<number, 'street' | 'postcode' | 'number' | 'duplicate'>,
): Buffer {
  const lines = ['Straatnaam;Huisnr;Postcode;Woonplaats']
  const streets = ['Café de Zonstraat', 'Stationsweg', 'Eperweg', 'Zuiderzeestraatweg']
  for (let index = 0; index < total; index += 1) {
    const line = index + 2
    const street = streets[index % streets.length] ?? 'Stationsweg'
    const number = Math.floor(index / streets.length) + 1
    const addition = index % 7 === 3 ? 'a' : ''
    const postcode =
      index % 2 === 0
        ? `8091 ${String.fromCharCode(65 + (index % 20))}B`
        : `8091${String.fromCharCode(65 + (index % 20))}B`
    const fault = bad[line]
    if (fault === 'street') lines.push(`;${number};${postcode};Wezep`)
    else if (fault === 'postcode') lines.push(`${street};${number}${addition};80X1 AB;Wezep`)
    else if (fault === 'number') lines.push(`${street};nul;${postcode};Wezep`)
    else if (fault === 'duplicate') lines.push(lines[line - 2] ?? '')
    else lines.push(`${street};${number}${addition};${postcode};Wezep`)
  }
  return encodeWindows1252(`${lines.join('\r\n')}\r\n`)
}

/** Latin-1 covers the characters used here (é), which Windows-1252 encodes the same way. */
function encodeWindows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1')
}
