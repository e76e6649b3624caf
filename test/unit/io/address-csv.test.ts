import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { nextRowBoundary } from '../../../main/io/address-csv/csv-row-boundaries'
import { decodeCsvBytes } from '../../../main/io/address-csv/decode-csv-bytes'
import { csvRow, parseAddressCsv } from '../../../main/io/address-csv/parse-address-csv'

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'))

describe('reading a CSV in pieces', () => {
  it('ends a piece only at a row boundary, never inside a quoted field', () => {
    const text = 'a;"regel\neen;""twee""\nnog";c\nd;e;f\n'
    // Asked for a piece of at least 3 characters: the first line break outside quotes ends it.
    expect(text.slice(0, nextRowBoundary(text, 0, 3, ';'))).toBe('a;"regel\neen;""twee""\nnog";c\n')
    expect(nextRowBoundary(text, 0, 1000, ';')).toBe(text.length)
    // A quote in the middle of an unquoted field is an ordinary character (as Papa Parse reads it).
    expect(nextRowBoundary('12"a;b\nc\n', 0, 1, ';')).toBe(7)
  })

  it('reads a large file with quoted line breaks exactly as one Papa Parse pass would', async () => {
    const lines = ['straat;huisnummer;opmerking']
    for (let i = 1; i <= 9000; i += 1) {
      const note = i % 7 === 0 ? `"meerdere\nregels; met ""aanhalingstekens"""` : 'gewoon'
      lines.push(`Kerkstraat;${i};${note}`)
    }
    const text = `${lines.join('\r\n')}\r\n`
    expect(text.length).toBeGreaterThan(3 * 64 * 1024)
    const parsed = await parseAddressCsv(utf8(text))
    const whole = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.rows.count).toBe(whole.data.length - 1)
    // Line numbers count the line breaks inside quoted fields, as an editor shows them.
    const last = csvRow(parsed.rows, parsed.rows.count - 1)
    expect(last).toMatchObject({ street: 'Kerkstraat', houseNumber: 9000 })
    expect(last.line).toBe(text.slice(0, text.lastIndexOf('Kerkstraat;9000;')).split('\n').length)
  })

  it('names every bad row by its line in a large file', async () => {
    const lines = ['straat;huisnummer;postcode']
    const bad: number[] = []
    for (let i = 1; i <= 20_000; i += 1) {
      if (i % 1000 === 0) {
        lines.push(`Dorpsweg;${i};999`)
        bad.push(lines.length)
      } else lines.push(`Dorpsweg;${i};8096 AB`)
    }
    const parsed = await parseAddressCsv(utf8(lines.join('\n')))
    expect(parsed.errors.map((e) => e.line)).toEqual(bad)
    expect(parsed.errors[0]?.message).toBe('Rij 1001: "999" is geen geldige postcode (zoals 8096 AB).')
    expect(parsed.rows.count).toBe(20_000 - bad.length)
  })
})

describe('files that are not a CSV of addresses', () => {
  it('says a binary file renamed to .csv is not a text file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ])
    const decoded = await decodeCsvBytes(png)
    expect(decoded).toEqual({
      ok: false,
      message: expect.stringMatching(/^Dit bestand is geen tekstbestand/),
    })
    const parsed = await parseAddressCsv(png)
    expect(parsed.fileError).toMatch(/geen tekstbestand/)
    expect(parsed.fileError).not.toMatch(/Geen kolom met de straat/)
  })

  it('recognises an Excel workbook and a PDF by their first bytes', async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])
    expect((await parseAddressCsv(xlsx)).fileError).toMatch(/Excel-werkmap \(\.xlsx\).*Opslaan als/)
    expect((await parseAddressCsv(utf8('%PDF-1.7\n'))).fileError).toBe(
      'Dit is een PDF, geen CSV-bestand met adressen.',
    )
  })

  it('still reads Windows-1252 text with accents', async () => {
    const latin = new Uint8Array(Buffer.from('straat;huisnummer\r\nCafé de Kroon;1\r\n', 'latin1'))
    const parsed = await parseAddressCsv(latin)
    expect(parsed.encoding).toBe('windows-1252')
    expect(csvRow(parsed.rows, 0).street).toBe('Café de Kroon')
  })
})
