import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildMessyCsv, toBase64 } from '../support/messy-csv'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', {
      name: 'Samen in de Straat',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
  ).id
})
afterEach(() => t.dispose())

async function street(name = 'Dorpsstraat', place = 'Oldebroek') {
  return t.call('street.create', { programmeId, name, place })
}

describe('streets and addresses', () => {
  it('adds a range of odd numbers and lists them naturally and in walking order', async () => {
    const s = await street()
    expect(await t.call('address.addRange', { streetId: s.id, from: 1, to: 49, parity: 'odd' })).toEqual({
      created: 25,
      skipped: 0,
    })
    for (const number of [2, 10, 4]) await t.call('address.create', { streetId: s.id, houseNumber: number })
    await t.call('address.create', { streetId: s.id, houseNumber: 2, addition: 'A' })
    await t.call('address.create', { streetId: s.id, houseNumber: 10, addition: '2' })
    await t.call('address.create', { streetId: s.id, houseNumber: 10, addition: '10' })
    const natural = (await t.call('address.list', { streetId: s.id })).map((a) => a.label)
    expect(natural.slice(0, 8)).toEqual(['1', '2', '2a', '3', '4', '5', '7', '9'])
    expect(natural.filter((label) => label.startsWith('10'))).toEqual(['10', '10-2', '10-10'])
    const walking = (await t.call('address.list', { streetId: s.id, order: 'looproute' })).map((a) => a.label)
    expect(walking.slice(0, 3)).toEqual(['1', '3', '5'])
    expect(walking.slice(-6)).toEqual(['2', '2a', '4', '10', '10-2', '10-10'])
    expect(await t.call('address.addRange', { streetId: s.id, from: 1, to: 5, parity: 'all' })).toEqual({
      created: 0,
      skipped: 5,
    })
  })

  it('refuses a duplicate address and a duplicate street with a Dutch message', async () => {
    const s = await street()
    await t.call('address.create', { streetId: s.id, houseNumber: 12, addition: 'a' })
    const again = await t.raw('address.create', { streetId: s.id, houseNumber: 12, addition: 'A' })
    expect(again).toEqual({
      ok: false,
      error: { code: 'CONFLICT', field: 'houseNumber', message: 'Huisnummer: Dorpsstraat 12a bestaat al.' },
    })
    expect(
      await t.raw('street.create', { programmeId, name: 'dorpsstraat', place: 'oldebroek' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('soft-deletes a street with its addresses and restores it', async () => {
    const s = await street()
    await t.call('address.addRange', { streetId: s.id, from: 1, to: 10 })
    await t.call('street.delete', { streetId: s.id })
    expect(await t.call('street.list', { programmeId })).toEqual([])
    expect((await t.call('stats.programme', { programmeId })).addresses).toBe(0)
    await t.call('street.restore', { streetId: s.id })
    expect((await t.call('stats.programme', { programmeId })).addresses).toBe(10)
  })
})

describe('areas', () => {
  it('moves an area to the bin while its streets keep working, and restores it', async () => {
    const area = await t.call('area.create', { programmeId, name: 'Wezep', kind: 'kern' })
    const s = await t.call('street.create', { programmeId, name: 'Eperweg', areaId: area.id })
    await t.call('area.update', { areaId: area.id, name: 'Wezep-Noord', kind: 'wijk' })
    expect((await t.call('street.get', { streetId: s.id })).areaName).toBe('Wezep-Noord')

    await t.call('area.delete', { areaId: area.id })
    expect(await t.call('area.list', { programmeId })).toEqual([])
    const inBin = await t.call('street.get', { streetId: s.id })
    expect(inBin.areaName).toBeUndefined()
    expect(inBin.street.areaId).toBe(area.id)

    const restored = await t.call('area.restore', { areaId: area.id })
    expect(restored).toMatchObject({ name: 'Wezep-Noord', kind: 'wijk' })
    expect(restored.deletedAt).toBeUndefined()
    expect((await t.call('area.list', { programmeId })).map((a) => a.id)).toEqual([area.id])
    expect((await t.call('street.get', { streetId: s.id })).areaName).toBe('Wezep-Noord')
  })

  it('refuses to restore an area when another area took its name meanwhile', async () => {
    const area = await t.call('area.create', { programmeId, name: 'Hattemerbroek' })
    await t.call('area.delete', { areaId: area.id })
    await t.call('area.create', { programmeId, name: 'hattemerbroek' })
    expect(await t.raw('area.restore', { areaId: area.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'name' },
    })
  })
})

describe('door outcomes and coverage', () => {
  it('keeps a history per address, shows the latest, and counts coverage like a hand count', async () => {
    const s = await street()
    await t.call('address.addRange', { streetId: s.id, from: 1, to: 6 })
    const [a1, a2, a3, a4, a5] = await t.call('address.list', { streetId: s.id })
    if (!a1 || !a2 || !a3 || !a4 || !a5) throw new Error('addresses missing')
    await t.call('contact.record', { addressId: a1.address.id, outcome: 'niet-thuis', date: '2026-10-01' })
    await t.call('contact.record', { addressId: a1.address.id, outcome: 'gesprek', date: '2026-10-08' })
    await t.call('contact.record', { addressId: a2.address.id, outcome: 'kaartje', date: '2026-10-01' })
    await t.call('contact.record', { addressId: a3.address.id, outcome: 'gesprek', date: '2026-10-01' })
    await t.call('contact.record', {
      addressId: a4.address.id,
      outcome: 'niet-benaderen',
      date: '2026-10-01',
    })
    await t.call('contact.record', {
      addressId: a5.address.id,
      outcome: 'geen-interesse',
      date: '2026-10-01',
    })
    // Address 6: never visited.
    const coverage = await t.call('stats.street', { streetId: s.id })
    expect(coverage).toMatchObject({
      addresses: 6,
      attempted: 5,
      reached: 2,
      notHomeOnly: 1,
      doNotContact: 1,
      coverage: 2 / 6,
    })
    const history = await t.call('contact.list', { addressId: a1.address.id })
    expect(history.map((c) => c.outcome)).toEqual(['gesprek', 'niet-thuis'])
    const list = await t.call('address.list', { streetId: s.id })
    expect(list[0]?.latest?.outcome).toBe('gesprek')
    expect(list[0]?.contactCount).toBe(2)
  })

  it('leaves "niet meer benaderen" out of walk lists until undone', async () => {
    const s = await street()
    await t.call('address.addRange', { streetId: s.id, from: 1, to: 3 })
    const [first] = await t.call('address.list', { streetId: s.id })
    if (!first) throw new Error('no address')
    const { contact } = await t.call('contact.record', {
      addressId: first.address.id,
      outcome: 'niet-benaderen',
    })
    const walk = await t.call('address.list', {
      streetId: s.id,
      order: 'looproute',
      includeDoNotContact: false,
    })
    expect(walk.map((a) => a.label)).toEqual(['3', '2'])
    await t.call('contact.delete', { contactId: contact.id })
    expect(
      await t.call('address.list', { streetId: s.id, order: 'looproute', includeDoNotContact: false }),
    ).toHaveLength(3)
  })

  it('marks an address as reached after a conversation, also when a later visit found nobody home', async () => {
    const s = await street()
    await t.call('address.addRange', { streetId: s.id, from: 1, to: 2 })
    const [first, second] = await t.call('address.list', { streetId: s.id })
    if (!first || !second) throw new Error('no address')
    await t.call('contact.record', { addressId: first.address.id, outcome: 'gesprek', date: '2026-03-01' })
    await t.call('contact.record', { addressId: first.address.id, outcome: 'niet-thuis', date: '2026-03-08' })
    await t.call('contact.record', { addressId: second.address.id, outcome: 'later-terug', date: '2026-03-08' })
    const listed = await t.call('address.list', { streetId: s.id })
    expect(listed.map((a) => [a.label, a.reached, a.latest?.outcome])).toEqual([
      ['1', true, 'niet-thuis'],
      ['2', false, 'later-terug'],
    ])
  })

  it('warns about a BSN, IBAN or phone number in a note, and keeps a phone number only with consent', async () => {
    const s = await street()
    const address = await t.call('address.create', { streetId: s.id, houseNumber: 4 })
    const recorded = await t.call('contact.record', {
      addressId: address.id,
      outcome: 'gesprek',
      note: 'Bel mevrouw op 06-12345678 over BSN 111222333',
    })
    expect(recorded.warnings.sort()).toEqual(['bsn', 'telefoon'])
    const refused = await t.raw('contact.record', {
      addressId: address.id,
      outcome: 'gesprek',
      phone: '0612345678',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'phone' } })
    await t.call('contact.record', {
      addressId: address.id,
      outcome: 'gesprek',
      residentName: 'Anna',
      phone: '0612345678',
      consentToContact: true,
    })
    expect((await t.call('address.list', { streetId: s.id }))[0]?.address).toMatchObject({
      residentName: 'Anna',
      phone: '0612345678',
      consentToContact: true,
    })
  })

  it('refuses a contact moment in the future', async () => {
    const s = await street()
    const address = await t.call('address.create', { streetId: s.id, houseNumber: 4 })
    expect(
      await t.raw('contact.record', { addressId: address.id, outcome: 'gesprek', date: '2027-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'date' },
    })
  })
})

describe('address import from CSV', () => {
  it('previews a messy Excel CSV with exactly the bad rows by line number', async () => {
    const csv = buildMessyCsv(500)
    const preview = await t.call('address.previewCsv', {
      programmeId,
      fileName: 'adressen.csv',
      base64: toBase64(csv.bytes),
    })
    expect(preview.encoding).toBe('windows-1252')
    expect(preview.delimiter).toBe(';')
    expect(preview.valid).toBe(csv.goodRows)
    expect(preview.errors.map((e) => e.line)).toEqual(csv.badLines.map((b) => b.line))
    for (const [index, bad] of csv.badLines.entries()) {
      expect(preview.errors[index]?.message).toContain(`Regel ${bad.line}:`)
      expect(preview.errors[index]?.message).toContain(bad.reason)
    }
    expect(preview.rows.some((row) => row.street === 'Café de Kroonstraat')).toBe(true)
  })

  it('imports nothing in all-or-nothing mode when a row is bad, and leaves the store file untouched', async () => {
    const csv = buildMessyCsv(500)
    const storeFile = join(t.dataDir, 'krachtstroom.json')
    const before = await readFile(storeFile, 'utf8')
    const result = await t.raw('address.importCsv', {
      programmeId,
      fileName: 'a.csv',
      base64: toBase64(csv.bytes),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(result.ok ? '' : result.error.message).toMatch(
      /^Er is niets geïmporteerd: 4 regels hebben een fout\./,
    )
    expect(await readFile(storeFile, 'utf8')).toBe(before)
    expect(await t.call('street.list', { programmeId })).toEqual([])
  })

  it('imports only the valid rows when asked, and matches instead of duplicating on a second import', async () => {
    const csv = buildMessyCsv(500)
    const first = await t.call('address.importCsv', {
      programmeId,
      fileName: 'a.csv',
      base64: toBase64(csv.bytes),
      mode: 'valid-rows',
    })
    expect(first).toEqual({ imported: csv.goodRows, matched: 0, rejected: 4, streetsCreated: 5 })
    const second = await t.call('address.importCsv', {
      programmeId,
      fileName: 'a.csv',
      base64: toBase64(csv.bytes),
      mode: 'valid-rows',
    })
    expect(second).toEqual({ imported: 0, matched: csv.goodRows, rejected: 4, streetsCreated: 0 })
    expect((await t.call('stats.programme', { programmeId })).addresses).toBe(csv.goodRows)
  })

  it('reads UTF-8 with BOM, commas, English headers and number+addition in one column', async () => {
    const text = '\uFEFFstreet,number,zip,city\r\nKerkweg,12a,8096 ab,Wezep\r\nKerkweg,12-2,,Wezep\r\n'
    const result = await t.call('address.importCsv', {
      programmeId,
      fileName: 'b.csv',
      base64: toBase64(text),
    })
    expect(result).toMatchObject({ imported: 2, rejected: 0 })
    const [item] = await t.call('street.list', { programmeId })
    expect(item?.street).toMatchObject({ name: 'Kerkweg', place: 'Wezep' })
    const labels = (await t.call('address.list', { streetId: item?.street.id ?? '' })).map((a) => [
      a.label,
      a.address.postcode,
    ])
    expect(labels).toEqual([
      ['12a', '8096 AB'],
      ['12-2', ''],
    ])
  })

  it('names a file without the needed columns on line 1', async () => {
    const preview = await t.call('address.previewCsv', {
      programmeId,
      fileName: 'c.csv',
      base64: toBase64('naam;telefoon\nAnna;06\n'),
    })
    expect(preview.errors).toEqual([
      { line: 1, message: expect.stringContaining('Geen kolom met de straat') },
    ])
  })
})
