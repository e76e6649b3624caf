import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSV_PREVIEW_ROWS, type CsvPreview } from '../../shared/api'
import { buildBigCsv } from '../support/big-csv'
import { toBase64 } from '../support/messy-csv'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let big: { base64: string; badRows: number; rows: number }

beforeAll(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', {
      name: 'Grote gemeente',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
  ).id
  const { bytes, badRows } = buildBigCsv()
  big = { base64: toBase64(bytes), badRows, rows: 245_000 }
}, 60_000)

afterAll(() => t.dispose())

describe('a 20 MB address file', () => {
  it('previews with the counts of the whole file, every error line, and only the first rows', async () => {
    const preview = await t.call('address.previewCsv', {
      programmeId,
      fileName: 'bag.csv',
      base64: big.base64,
    })
    expect(preview.totalRows).toBe(big.rows)
    expect(preview.valid).toBe(big.rows - big.badRows)
    expect(preview.newCount).toBe(big.rows - big.badRows)
    expect(preview.existingCount).toBe(0)
    expect(preview.errors).toHaveLength(big.badRows)
    // Every 1000th data row is bad; data rows start on line 2.
    expect(preview.errors.map((e) => e.line)).toEqual(
      Array.from({ length: big.badRows }, (_, i) => 1001 + i * 1000),
    )
    expect(preview.rows).toHaveLength(CSV_PREVIEW_ROWS)
    expect(preview.rows[0]).toMatchObject({
      line: 2,
      street: 'Buitenplaatsweg 0001',
      houseNumber: '1a',
      status: 'nieuw',
    })
    expect(JSON.stringify(preview).length).toBeLessThan(200_000)
  })

  it('other calls are answered while the file is being read', async () => {
    const order: string[] = []
    const preview = t
      .raw('address.previewCsv', { programmeId, fileName: 'bag.csv', base64: big.base64 })
      .then((answer) => {
        order.push('preview')
        return answer
      })
    // Calls made one after the other while the preview runs; each waits for the one before.
    const others = (async () => {
      for (let i = 0; i < 3; i += 1) {
        const status = await t.raw('app.status')
        if (status.ok) order.push('status')
      }
    })()
    const [answer] = await Promise.all([preview, others])
    expect(answer.ok).toBe(true)
    expect(order).toEqual(['status', 'status', 'status', 'preview'])
  })
})

describe('a file that is no CSV', () => {
  it('says a picture renamed to .csv is not a text file, and imports nothing', async () => {
    const picture = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
    ])
    const preview = await t.call('address.previewCsv', {
      programmeId,
      fileName: 'adressen.csv',
      base64: toBase64(picture),
    })
    expect(preview.errors).toEqual([
      { line: 0, message: expect.stringMatching(/^Dit bestand is geen tekstbestand/) },
    ])
    expect(preview.totalRows).toBe(0)
    const imported = await t.raw('address.importCsv', {
      programmeId,
      fileName: 'adressen.csv',
      base64: toBase64(picture),
    })
    expect(imported).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('geen tekstbestand') },
    })
  })
})

describe('importing a large file', () => {
  it('imports once and matches on the second import, in one change each', async () => {
    const lines = ['straat;huisnummer;postcode']
    for (let i = 0; i < 30_000; i += 1) lines.push(`Laan ${Math.floor(i / 300)};${(i % 300) + 1};8096 AB`)
    const base64 = toBase64(lines.join('\n'))
    const first = await t.call('address.importCsv', { programmeId, fileName: 'a.csv', base64 })
    expect(first).toEqual({ imported: 30_000, matched: 0, rejected: 0, streetsCreated: 100 })
    const again = await t.call('address.previewCsv', { programmeId, fileName: 'a.csv', base64 })
    expect(again).toMatchObject<Partial<CsvPreview>>({ newCount: 0, existingCount: 30_000 })
    const second = await t.call('address.importCsv', { programmeId, fileName: 'a.csv', base64 })
    expect(second).toEqual({ imported: 0, matched: 30_000, rejected: 0, streetsCreated: 0 })
    expect((await t.call('stats.programme', { programmeId })).addresses).toBe(30_000)
  })
})
