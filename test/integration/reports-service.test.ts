import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readZipText } from '../support/read-zip'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let partnerId: string
let ideaId: string
let sessionId: string
let streetId: string

beforeAll(async () => {
  t = await startTestRuntime()
  programmeId = (await t.call('demo.load')).programmeId
  partnerId = (await t.call('partner.list', { programmeId }))[0]?.partner.id ?? ''
  ideaId = (await t.call('idea.list', { programmeId }))[0]?.idea.id ?? ''
  sessionId = (await t.call('session.list', { programmeId }))[0]?.session.id ?? ''
  streetId = (await t.call('street.list', { programmeId }))[0]?.street.id ?? ''
})
afterAll(() => t.dispose())

describe('report.preview, report.generate and report.history', () => {
  it('previews the gemeente report with the figures of stats.programme and stats.residents, without making a file', async () => {
    const stats = await t.call('stats.programme', { programmeId })
    const residents = await t.call('stats.residents', { programmeId })
    const outline = await t.call('report.preview', { programmeId, kind: 'gemeente' })
    expect(outline.kindLabel).toBe('Voortgangsrapportage')
    expect(outline.headings.map((h) => h.text)).toContain('Bereik per straat')
    expect(outline.keyFigures).toEqual([
      { label: 'Adressen bereikt', display: String(stats.reached) },
      { label: 'Gesprekken', display: String(stats.conversations) },
      { label: 'Ideeën', display: String(stats.ideas) },
      { label: 'Ideeën gerealiseerd', display: String(stats.ideasRealised) },
      { label: 'Actieve bewoners', display: String(residents.residents.active) },
      { label: 'Ideeën met een bewoner als trekker', display: String(residents.residents.ideasWithTrekker) },
      { label: 'Verbindingen tussen buren', display: String(residents.connections.made) },
      { label: 'Warme overdrachten', display: String(residents.signals.handovers.handovers) },
    ])
    expect(outline.headings.map((h) => h.text)).toEqual(
      expect.arrayContaining(['Bewoners aan zet', 'Verbindingen tussen buren', 'Persoonlijke signalen']),
    )
    expect(await t.call('report.history', { programmeId })).toEqual([])
  })

  it('generates a .docx and records what was made, for whom and when, never the content', async () => {
    const file = await t.call('report.generate', {
      programmeId,
      kind: 'partner',
      partnerId,
      includeNames: true,
      language: 'en',
    })
    expect(file.fileName).toMatch(/^Partner report .+ 2026-11-28\.docx$/)
    const bytes = Buffer.from(file.base64, 'base64')
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect(readZipText(bytes).get('word/document.xml')).toContain('Key figures')
    const history = await t.call('report.history', { programmeId })
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      programmeId,
      kind: 'partner',
      language: 'en',
      includeNames: true,
      generatedAt: '2026-11-28T09:00:00.000Z',
      fileName: file.fileName,
    })
    expect(Object.keys(history[0] ?? {}).sort()).toEqual([
      'fileName',
      'generatedAt',
      'id',
      'includeNames',
      'kind',
      'language',
      'programmeId',
      'subject',
    ])
    const stored = await readFile(join(t.dataDir, 'krachtstroom.json'), 'utf8')
    expect(stored).not.toContain(file.base64.slice(0, 200))
  })

  it('notes a report with residents’ names in the audit log, without the names', async () => {
    const before = (await t.call('audit.list', { programmeId })).length
    await t.call('report.generate', { programmeId, kind: 'gemeente' })
    expect(await t.call('audit.list', { programmeId })).toHaveLength(before)
    await t.call('report.generate', { programmeId, kind: 'gemeente', includeNames: true })
    const log = await t.call('audit.list', { programmeId })
    expect(log).toHaveLength(before + 1)
    const [entry] = log
    expect(entry).toMatchObject({ kind: 'rapport-met-namen', programmeId })
    expect(entry?.subject).toBe('Rapport met namen van bewoners gemaakt (gemeente).')
  })

  it('generates every kind of report for the demo', async () => {
    const subjects = { partnerId, ideaId, sessionId, streetId }
    for (const kind of ['gemeente', 'partner', 'idee', 'sessie', 'verantwoording', 'looplijst'] as const) {
      const file = await t.call('report.generate', { programmeId, kind, ...subjects })
      expect(file.fileName, kind).toMatch(/\.docx$/)
    }
    const history = await t.call('report.history', { programmeId })
    expect(history.slice(0, 6).map((entry) => entry.kind)).toEqual([
      'looplijst',
      'verantwoording',
      'sessie',
      'idee',
      'partner',
      'gemeente',
    ])
    expect(history.slice(0, 6).every((entry) => !entry.includeNames)).toBe(true)
  })

  it('asks in Dutch for what a report needs', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ kind: 'partner' }, 'partnerId', 'Partner: kies de partner voor de partnerrapportage.'],
      [{ kind: 'idee' }, 'ideaId', 'Idee: kies het idee voor de ideeënkaart.'],
      [{ kind: 'sessie' }, 'sessionId', 'Sessie: kies de sessie voor het sessieverslag.'],
      [{ kind: 'looplijst' }, 'streetId', 'Straat: kies een straat of een sessie voor de looplijst.'],
      [
        { kind: 'gemeente', from: '2026-10-01', to: '2026-09-01' },
        'to',
        'Tot en met: deze datum ligt vóór de begindatum.',
      ],
      [{ kind: 'jaarverslag' }, 'kind', 'Soort rapport: "jaarverslag" is geen bekende keuze.'],
      [{ kind: 'gemeente', language: 'de' }, 'language', 'Taal: "de" is geen bekende keuze.'],
      [{ kind: 'gemeente', from: '2026-02-30' }, 'from', 'Vanaf: 2026-02-30 bestaat niet in de kalender.'],
    ]
    for (const [input, field, message] of cases) {
      const response = await t.raw('report.generate', { programmeId, ...input })
      expect(response, JSON.stringify(input)).toEqual({
        ok: false,
        error: { code: 'VALIDATION_FAILED', field, message },
      })
    }
  })

  it('refuses a subject from another programme or one that does not exist', async () => {
    const other = await t.call('programme.create', {
      name: 'Ander programma',
      gemeente: 'Elburg',
      period: { start: '2026-01-01' },
    })
    const response = await t.raw('report.preview', { programmeId: other.id, kind: 'partner', partnerId })
    expect(response).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'partnerId', message: 'Deze partner hoort niet bij dit programma.' },
    })
    const missing = await t.raw('report.preview', {
      programmeId,
      kind: 'idee',
      ideaId: '00000000-0000-4000-8000-000000000000',
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'ideaId' } })
  })

  it('uses the organisation, author and accent colour from the settings', async () => {
    await t.call('settings.update', {
      organisationName: 'Stichting Voor Mekaar',
      authorName: 'Ilse Dijkhuis',
      accentColour: '#8a3b12',
    })
    const outline = await t.call('report.preview', { programmeId, kind: 'verantwoording' })
    expect(outline.cover).toContainEqual({ label: 'Opgesteld door', value: 'Ilse Dijkhuis' })
    const file = await t.call('report.generate', { programmeId, kind: 'verantwoording' })
    const document = readZipText(Buffer.from(file.base64, 'base64')).get('word/document.xml') ?? ''
    expect(document).toContain('8A3B12')
    expect(document).toContain('Stichting Voor Mekaar')
  })
})
