import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readZipText } from '../support/read-zip'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let streetId: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', { name: 'P', gemeente: 'Oldebroek', period: { start: '2024-01-01' } })
  ).id
  streetId = (await t.call('street.create', { programmeId, name: 'Zwaluwstraat' })).id
})
afterEach(() => t.dispose())

describe('erasing a resident everywhere', () => {
  it('clears name, phone, notes and initiator links, redacts the name elsewhere, logs it, and names the backups that still hold it', async () => {
    const home = await t.call('address.create', {
      streetId,
      houseNumber: 3,
      householdNote: 'Mevrouw Jansen woont alleen',
    })
    const neighbour = await t.call('address.create', { streetId, houseNumber: 5 })
    await t.call('contact.record', {
      addressId: home.id,
      outcome: 'gesprek',
      residentName: 'Gerda Jansen',
      phone: '0612345678',
      consentToContact: true,
      note: 'Zorgen over haar man',
    })
    await t.call('contact.record', {
      addressId: neighbour.id,
      outcome: 'gesprek',
      note: 'Kent Gerda Jansen goed, wil samen iets doen',
    })
    const idea = await t.call('idea.create', {
      programmeId,
      title: 'Koffieochtend',
      description: 'Gerda Jansen wil koffie schenken.',
      initiators: [{ pseudonym: 'Bewoner Zwaluwstraat', name: 'Gerda Jansen', addressId: home.id }],
    })
    const backup = await t.call('backup.create')

    const result = await t.call('privacy.erase', { programmeId, addressId: home.id, name: 'Gerda Jansen' })
    expect(result).toMatchObject({ addressesCleared: 1, contactNotesCleared: 1, initiatorsCleared: 1 })
    expect(result.notesRedacted).toBeGreaterThanOrEqual(2)
    expect(result.backupsStillHolding.map((b) => b.id)).toContain(backup.id)

    const [homeItem, neighbourItem] = await t.call('address.list', { streetId })
    expect(homeItem?.address).toMatchObject({
      residentName: '',
      phone: '',
      householdNote: '',
      consentToContact: false,
    })
    expect((await t.call('contact.list', { addressId: home.id }))[0]?.note).toBe('')
    expect((await t.call('contact.list', { addressId: neighbour.id }))[0]?.note).toBe(
      'Kent [naam verwijderd] goed, wil samen iets doen',
    )
    expect(neighbourItem?.address.residentName).toBe('')
    const after = (await t.call('idea.get', { ideaId: idea.id })).idea
    expect(after.initiators).toEqual([{ pseudonym: 'Bewoner Zwaluwstraat', name: '' }])
    expect(after.description).toBe('[naam verwijderd] wil koffie schenken.')
    const { readFile } = await import('node:fs/promises')
    expect(await readFile(`${t.dataDir}/krachtstroom.json`, 'utf8')).not.toContain('Jansen')
    const [audit] = await t.call('audit.list', { programmeId })
    expect(audit).toMatchObject({ kind: 'wissen' })
    expect(audit?.subject).not.toContain('Jansen')
  })

  it('refuses an erase without an address or a name', async () => {
    expect(await t.raw('privacy.erase', { programmeId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'addressId' },
    })
  })
})

describe('access request and retention', () => {
  it('exports everything about one address as JSON and logs that it happened', async () => {
    const home = await t.call('address.create', { streetId, houseNumber: 7, postcode: '8096 AB' })
    await t.call('contact.record', {
      addressId: home.id,
      outcome: 'gesprek',
      residentName: 'Piet',
      note: 'Wil meedoen',
      date: '2026-11-01',
    })
    const file = await t.call('privacy.exportAddress', { addressId: home.id })
    expect(file.fileName).toBe('Inzage Zwaluwstraat 7 2026-11-28.json')
    const content = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'))
    expect(content.adres).toMatchObject({
      straat: 'Zwaluwstraat',
      huisnummer: '7',
      postcode: '8096 AB',
      naamBewoner: 'Piet',
    })
    expect(content.contactmomenten).toEqual([
      { datum: '2026-11-01', uitkomst: 'gesprek', notitie: 'Wil meedoen', bijeenkomst: '' },
    ])
    expect((await t.call('audit.list', {}))[0]).toMatchObject({ kind: 'inzageverzoek' })
  })

  it('exports one address as a Word document with the resident data, contact notes and ideas', async () => {
    const home = await t.call('address.create', { streetId, houseNumber: 9, addition: 'a' })
    await t.call('contact.record', {
      addressId: home.id,
      outcome: 'gesprek',
      residentName: 'Annie de Boer',
      note: 'Wil een buurtmoestuin',
      date: '2026-10-12',
    })
    await t.call('idea.create', {
      programmeId,
      title: 'Buurtmoestuin',
      description: 'Een moestuin op het grasveld.',
      initiators: [{ pseudonym: 'Bewoner Zwaluwstraat', name: 'Annie de Boer', addressId: home.id }],
    })

    const file = await t.call('privacy.exportAddress', { addressId: home.id, format: 'docx' })
    expect(file.fileName).toBe('Inzage Zwaluwstraat 9a 2026-11-28.docx')
    const bytes = Buffer.from(file.base64, 'base64')
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    const documentXml = readZipText(new Uint8Array(bytes)).get('word/document.xml') ?? ''
    for (const text of [
      'Inzageverzoek',
      'persoonsgegevens',
      'Annie de Boer',
      'Wil een buurtmoestuin',
      'Buurtmoestuin',
    ])
      expect(documentXml).toContain(text)
    const [audit] = await t.call('audit.list', { programmeId })
    expect(audit).toMatchObject({ kind: 'inzageverzoek' })
    expect(audit?.subject).not.toContain('Annie')
  })

  it('flags notes and names older than the retention period and removes them on request', async () => {
    await t.call('settings.update', { retentionMonths: 12 })
    const old = await t.call('address.create', { streetId, houseNumber: 1 })
    const recent = await t.call('address.create', { streetId, houseNumber: 2 })
    await t.call('contact.record', {
      addressId: old.id,
      outcome: 'gesprek',
      note: 'Oud gesprek',
      residentName: 'Kees',
      date: '2025-06-01',
    })
    await t.call('contact.record', {
      addressId: recent.id,
      outcome: 'gesprek',
      note: 'Recent',
      date: '2026-10-01',
    })
    const flagged = await t.call('privacy.retention', { programmeId })
    expect(flagged).toEqual([
      expect.objectContaining({
        addressId: old.id,
        label: '1',
        lastContact: '2025-06-01',
        hasName: true,
        notes: 1,
      }),
    ])
    expect(await t.call('privacy.applyRetention', { programmeId, addressIds: [old.id, recent.id] })).toEqual({
      cleared: 1,
    })
    expect(await t.call('privacy.retention', { programmeId })).toEqual([])
    expect((await t.call('contact.list', { addressId: recent.id }))[0]?.note).toBe('Recent')
  })

  it('refuses an address it does not know, removing and logging nothing', async () => {
    await t.call('settings.update', { retentionMonths: 12 })
    const old = await t.call('address.create', { streetId, houseNumber: 3 })
    await t.call('contact.record', { addressId: old.id, outcome: 'gesprek', note: 'Oud', date: '2025-06-01' })
    const auditBefore = await t.call('audit.list', { programmeId })
    const storeBefore = await readFile(join(t.dataDir, 'krachtstroom.json'), 'utf8')
    const answer = await t.raw('privacy.applyRetention', {
      programmeId,
      addressIds: [old.id, '00000000-0000-4000-8000-000000000000'],
    })
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        field: 'addressIds',
        message:
          'Adressen: een gekozen adres bestaat niet (meer) in dit programma. Er is niets verwijderd; vernieuw de lijst en kies opnieuw.',
      },
    })
    expect(await t.call('audit.list', { programmeId })).toEqual(auditBefore)
    expect(await readFile(join(t.dataDir, 'krachtstroom.json'), 'utf8')).toBe(storeBefore)
    expect((await t.call('contact.list', { addressId: old.id }))[0]?.note).toBe('Oud')
  })

  it('logs nothing when none of the chosen addresses is past the retention period', async () => {
    const recent = await t.call('address.create', { streetId, houseNumber: 4 })
    await t.call('contact.record', {
      addressId: recent.id,
      outcome: 'gesprek',
      note: 'Net',
      date: '2026-10-01',
    })
    const auditBefore = await t.call('audit.list', { programmeId })
    expect(await t.call('privacy.applyRetention', { programmeId, addressIds: [recent.id] })).toEqual({
      cleared: 0,
    })
    expect(await t.call('audit.list', { programmeId })).toEqual(auditBefore)
  })
})
