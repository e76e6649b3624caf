import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiInput } from '../../shared/api'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'
import { convertToPdf, pdfPages, requireTools, squash } from './libreoffice'

type Request = ApiInput<'report.generate'>

let t: TestRuntime
let dir: string
/** The text of each report as Word shows it (PDF), by name and language: "partner-nl". */
const texts = new Map<string, string>()

beforeAll(async () => {
  requireTools()
  t = await startTestRuntime()
  dir = await mkdtemp(join(tmpdir(), 'kc-waiting-pdf-'))
  const programme = await t.call('programme.create', {
    name: 'Samen in de Dorpsstraat',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
    starterPartners: ['welzijn'],
  })
  const [partner] = await t.call('partner.list', { programmeId: programme.id })
  if (!partner) throw new Error('De partner ontbreekt.')
  const idea = await t.call('idea.create', { programmeId: programme.id, title: 'Bankje bij de kerk' })
  await t.call('idea.setStatus', { ideaId: idea.id, status: 'uitgewerkt' })
  // Brought in today: no date, so the runtime's today.
  await t.call('idea.setStatus', {
    ideaId: idea.id,
    status: 'ingebracht',
    partnerIds: [partner.partner.id],
    ask: 'Kunnen jullie een bankje plaatsen?',
  })
  const requests: Array<[string, Omit<Request, 'language'>]> = [
    ['partner', { programmeId: programme.id, kind: 'partner', partnerId: partner.partner.id }],
    ['idee', { programmeId: programme.id, kind: 'idee', ideaId: idea.id }],
    ['gemeente', { programmeId: programme.id, kind: 'gemeente' }],
  ]
  const files = new Map<string, string>()
  for (const language of ['nl', 'en'] as const) {
    for (const [name, request] of requests) {
      const report = await t.call('report.generate', { ...request, language })
      const file = join(dir, `${name}-${language}.docx`)
      await writeFile(file, Buffer.from(report.base64, 'base64'))
      files.set(`${name}-${language}`, file)
    }
  }
  const pdfs = await convertToPdf([...files.values()], dir)
  for (const [key, file] of files) texts.set(key, squash((pdfPages(pdfs.get(file) ?? '') ?? []).join('\n')))
})

afterAll(async () => {
  await t?.dispose()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('an idea brought to a partner today, in the Word reports', () => {
  it('says "sinds vandaag", never "0 dagen", in Dutch', () => {
    expect(texts.get('partner-nl')).toContain('nog niet (wacht sinds vandaag)')
    // The average wait of the ideas without an answer, as a key figure.
    expect(texts.get('partner-nl')).toContain('< 1 dag Gemiddelde wachttijd')
    expect(texts.get('idee-nl')).toContain('Nog geen antwoord; wacht sinds vandaag.')
    expect(texts.get('gemeente-nl')).toContain('sinds vandaag')
    for (const name of ['partner', 'idee', 'gemeente'])
      expect(texts.get(`${name}-nl`)).not.toMatch(/\b0 dagen\b/)
  })

  it('says "since today", never "0 days", in English', () => {
    expect(texts.get('partner-en')).toContain('not yet (waiting since today)')
    expect(texts.get('partner-en')).toContain('< 1 day Average wait')
    expect(texts.get('idee-en')).toContain('waiting since today')
    expect(texts.get('gemeente-en')).toContain('since today')
    for (const name of ['partner', 'idee', 'gemeente'])
      expect(texts.get(`${name}-en`)).not.toMatch(/\b0 days\b/)
  })
})
