import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiInput } from '../../shared/api'
import { type ProgrammeStats } from '../../shared/domain/stats-types'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'
import { convertToPdf, pdfPages, requireTools, squash } from './libreoffice'

type Request = ApiInput<'report.generate'>

interface Case {
  name: string
  request: Request
  /** Texts the PDF must contain (white space squashed). */
  expected: string[]
  anonymous: boolean
}

let t: TestRuntime
let dir: string
let stats: ProgrammeStats
const pages = new Map<string, string[] | undefined>()
const cases: Case[] = []
let privateNames: string[] = []
let privateDetails: string[] = []
let initiatorNames: string[] = []

/** A whole-word match, so a first name does not match inside another word. */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text)
}

beforeAll(async () => {
  requireTools()
  t = await startTestRuntime()
  dir = await mkdtemp(join(tmpdir(), 'kc-report-pdf-'))
  const { programmeId } = await t.call('demo.load')
  stats = await t.call('stats.programme', { programmeId })

  const ideas = await t.call('idea.list', { programmeId })
  const streets = await t.call('street.list', { programmeId })
  const partners = await t.call('partner.list', { programmeId })
  const sessions = await t.call('session.list', { programmeId })
  initiatorNames = [
    ...new Set(
      ideas
        .flatMap((item) => item.idea.initiators.map((initiator) => initiator.name))
        .filter((name) => name !== ''),
    ),
  ]
  const residents = new Set<string>(initiatorNames)
  const details = new Set<string>()
  for (const { street } of streets) {
    for (const { address } of await t.call('address.list', { streetId: street.id })) {
      if (address.residentName !== '') residents.add(address.residentName)
      if (address.phone !== '') details.add(address.phone)
      if (address.householdNote !== '') details.add(address.householdNote)
      for (const contact of await t.call('contact.list', { addressId: address.id }))
        if (contact.note !== '') details.add(contact.note)
    }
  }
  privateNames = [...residents]
  privateDetails = [...details]

  const partner = partners.find((item) => item.partner.kind === 'gemeente')?.partner
  const idea = ideas.find((item) => item.idea.highlighted && item.owners.length > 0)?.idea
  const evening = sessions.find((item) => item.session.type === 'bewonersavond')?.session
  const round = sessions.find(
    (item) => item.session.type === 'deur-aan-deur' && item.session.streetIds.length > 1,
  )?.session
  const firstStreet = stats.perStreet[0]
  if (!partner || !idea || !evening || !round || !firstStreet)
    throw new Error('De demo mist een partner, idee, bewonersavond, ronde of straat.')
  const inFigures = [
    `${stats.streets} straten met samen ${stats.addresses} adressen`,
    `${stats.ideas} ideeën in`,
    '4 straten',
    '150 adressen',
    '30 ideeën',
  ]
  const walkCount = (street: ProgrammeStats['perStreet'][number]): string =>
    `${street.name} (${street.addresses - street.doNotContact} adressen)`
  const gemeente = [
    ...inFigures,
    `Bij ${stats.reached} adressen`,
    `in totaal voerde het team ${stats.conversations} gesprekken`,
    'Inhoud',
    'Bijlage: alle ideeën',
    'Pagina 2 van',
  ]
  cases.push(
    { name: 'gemeente', request: { programmeId, kind: 'gemeente' }, expected: gemeente, anonymous: true },
    {
      name: 'partner',
      request: { programmeId, kind: 'partner', partnerId: partner.id },
      expected: [...inFigures, partner.name, 'Wat we van u vragen'],
      anonymous: true,
    },
    {
      name: 'idee',
      request: { programmeId, kind: 'idee', ideaId: idea.id },
      expected: [...inFigures, idea.title, 'In de woorden van bewoners'],
      anonymous: true,
    },
    {
      name: 'sessie',
      request: { programmeId, kind: 'sessie', sessionId: evening.id },
      expected: [...inFigures, evening.title, 'Verslag'],
      anonymous: true,
    },
    {
      name: 'verantwoording',
      request: { programmeId, kind: 'verantwoording' },
      expected: [
        `Van de ${stats.addresses} adressen is bij ${stats.attempted} aangebeld`,
        'artikel 4:80 van de Algemene wet bestuursrecht',
        'Toelichting op de verschillen',
        '30 ideeën',
      ],
      anonymous: true,
    },
    {
      name: 'looplijst',
      request: { programmeId, kind: 'looplijst', streetId: firstStreet.streetId },
      expected: [walkCount(firstStreet), 'Niet meer benaderen'],
      anonymous: true,
    },
    {
      name: 'looplijst-ronde',
      request: { programmeId, kind: 'looplijst', sessionId: round.id },
      expected: stats.perStreet.map(walkCount),
      anonymous: true,
    },
    {
      name: 'gemeente-namen',
      request: { programmeId, kind: 'gemeente', includeNames: true },
      expected: ['Ingebracht door'],
      anonymous: false,
    },
    {
      name: 'gemeente-en',
      request: { programmeId, kind: 'gemeente', language: 'en' },
      expected: [
        '4 streets with 150 addresses in total',
        'Residents brought in 30 ideas',
        'Contents',
        'Page 2 of',
      ],
      anonymous: true,
    },
  )
  const files: string[] = []
  for (const item of cases) {
    const report = await t.call('report.generate', item.request)
    const file = join(dir, `${item.name}.docx`)
    await writeFile(file, Buffer.from(report.base64, 'base64'))
    files.push(file)
  }
  const pdfs = await convertToPdf(files, dir)
  for (const item of cases) pages.set(item.name, pdfPages(pdfs.get(join(dir, `${item.name}.docx`)) ?? ''))
})

afterAll(async () => {
  await t?.dispose()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('Word reports for the demo, opened by LibreOffice', () => {
  it('opens every report and has no empty pages', () => {
    for (const item of cases) {
      const text = pages.get(item.name)
      expect(text, `${item.name}: LibreOffice maakte geen PDF`).toBeDefined()
      for (const [i, page] of (text ?? []).entries()) {
        const body = page
          .split('\n')
          .filter((line) => !/^(Pagina|Page) \d+ (van|of) \d+$/.test(line.trim()))
          .join(' ')
        expect(body.replace(/\s/g, '').length, `${item.name}, pagina ${i + 1}`).toBeGreaterThan(60)
      }
    }
  })

  it('shows the key figures of stats.programme', () => {
    expect([stats.addresses, stats.streets, stats.ideas]).toEqual([150, 4, 30])
    for (const item of cases) {
      const text = squash((pages.get(item.name) ?? []).join('\n'))
      for (const expected of item.expected) expect(text, item.name).toContain(expected)
    }
  })

  it('shows no resident name, phone number or door note unless names are asked for', () => {
    expect(privateNames.length).toBeGreaterThan(30)
    for (const item of cases.filter((c) => c.anonymous)) {
      const text = squash((pages.get(item.name) ?? []).join('\n'))
      for (const name of privateNames) expect(containsWord(text, name), `${item.name}: ${name}`).toBe(false)
      for (const detail of privateDetails) expect(text, item.name).not.toContain(squash(detail))
    }
  })

  it('shows the initiators’ names when the coach asked for them', () => {
    const text = squash((pages.get('gemeente-namen') ?? []).join('\n'))
    for (const name of initiatorNames) expect(containsWord(text, name), name).toBe(true)
  })

  it('puts the contents and the headings in the gemeente report', () => {
    const text = squash((pages.get('gemeente') ?? []).join('\n'))
    expect(text.split('Samenvatting').length - 1).toBeGreaterThanOrEqual(2)
    expect(text).toContain('Voortgangsrapportage')
  })
})
