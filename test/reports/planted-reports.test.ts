import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiInput } from '../../shared/api'
import {
  markerOf,
  markersIn,
  plantedHits,
  plantedStore,
  signalOnlyFields,
} from '../support/planted-identifiers'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'
import { convertToPdf, pdfPages, requireTools } from './libreoffice'

type Request = ApiInput<'report.generate'>

let t: TestRuntime
let dir: string
const texts = new Map<string, string>()

beforeAll(async () => {
  requireTools()
  t = await startTestRuntime({ data: plantedStore() })
  dir = await mkdtemp(join(tmpdir(), 'kc-planted-pdf-'))
  const programmeId = (await t.call('programme.list'))[0]?.id ?? ''
  const ideas = await t.call('idea.list', { programmeId })
  const idea = [...ideas].sort(
    (a, b) =>
      b.idea.history.length + b.idea.feedback.length - (a.idea.history.length + a.idea.feedback.length),
  )[0]?.idea
  const sessions = await t.call('session.list', { programmeId })
  const evening = sessions.find((item) => item.session.type === 'bewonersavond')?.session
  const round = sessions.find((item) => item.session.streetIds.length > 1)?.session
  const partner = (await t.call('partner.list', { programmeId })).find(
    (item) => item.partner.kind === 'gemeente',
  )?.partner
  if (!idea || !evening || !round || !partner)
    throw new Error('De demo mist een idee, sessie, ronde of partner.')
  const requests: Array<[string, Omit<Request, 'language'>]> = [
    ['gemeente', { programmeId, kind: 'gemeente' }],
    ['verantwoording', { programmeId, kind: 'verantwoording' }],
    ['partner', { programmeId, kind: 'partner', partnerId: partner.id }],
    ['idee', { programmeId, kind: 'idee', ideaId: idea.id }],
    ['sessie', { programmeId, kind: 'sessie', sessionId: evening.id }],
    ['looplijst', { programmeId, kind: 'looplijst', sessionId: round.id }],
  ]
  const files: string[] = []
  for (const language of ['nl', 'en'] as const) {
    for (const [name, request] of requests) {
      const report = await t.call('report.generate', { ...request, language })
      const file = join(dir, `${name}-${language}.docx`)
      await writeFile(file, Buffer.from(report.base64, 'base64'))
      files.push(file)
    }
  }
  const pdfs = await convertToPdf(files, dir)
  for (const file of files) texts.set(file, (pdfPages(pdfs.get(file) ?? '') ?? []).join('\n'))
})

afterAll(async () => {
  await t?.dispose()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('identifiers planted in every free-text field, in the reports as Word shows them (PDF)', () => {
  it('shows none of them in any report, in Dutch or English', () => {
    expect(texts.size).toBe(12)
    const hits = [...texts].flatMap(([file, text]) => plantedHits(text).map((hit) => `${file}: ${hit}`))
    expect(hits).toEqual([])
  })

  it('shows no signal note or contact person, and the signals only as counts', () => {
    const all = [...texts.values()].join('\n')
    for (const field of signalOnlyFields) expect(all).not.toContain(markerOf(field))
    expect(all).not.toContain(markerOf('connections[].description'))
    const gemeente = [...texts].find(([file]) => file.endsWith('gemeente-nl.docx'))?.[1] ?? ''
    expect(gemeente).toContain('Persoonlijke signalen')
  })

  it('shows the planted texts with their placeholders', () => {
    const all = [...texts.values()].join('\n')
    expect(markersIn(all)).toEqual(
      expect.arrayContaining(['ideas[].description', 'ideas[].history[].note', 'sessions[].report.notes']),
    )
    const ideaCard = [...texts].find(([file]) => file.endsWith('idee-nl.docx'))?.[1] ?? ''
    expect(ideaCard).toContain(markerOf('ideas[].description'))
    expect(ideaCard).toMatch(/mevrouw \[naam\] \(\[adres\]\) belt graag terug: \[telefoonnummer\]/)
  })
})
