import fc from 'fast-check'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '../../shared/demo'
import { reportKinds } from '../../shared/model'
import { buildReport, type ReportSource } from '../../shared/reports'
import { renderReportDocx } from '../../main/reports/render-report-docx'
import { readZipText } from '../support/read-zip'
import { xmlAllows } from '../support/xml-chars'
import { anyText } from '../unit/reports/unicode-arbitraries'
import { convertToPdf, pdfPages, requireTools } from './libreoffice'

/** Fields that hold ids, dates, times or codes: everything else in the store is free text. */
const structural = new Set([
  'id',
  'programmeId',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'streetId',
  'addressId',
  'areaId',
  'sessionId',
  'ideaId',
  'teamMemberId',
  'ownerTeamMemberId',
  'ownerPartnerId',
  'partnerId',
  'mergedIntoId',
  'date',
  'due',
  'doneAt',
  'doneOn',
  'collectedOn',
  'at',
  'since',
  'answeredAt',
  'completedAt',
  'startTime',
  'endTime',
  'status',
  'kind',
  'type',
  'outcome',
  'scope',
  'channel',
  'statusAtFeedback',
  'code',
  'start',
  'end',
  'streetIds',
  'teamMemberIds',
  'invitedPartnerIds',
  'attendingPartnerIds',
  'ingredients',
  'needs',
  'themes',
])

/** A copy of `value` with every free-text field replaced by the next text of `pool`. */
function fillTexts<T>(value: T, pool: readonly string[], counter: { next: number }, key = ''): T {
  if (typeof value === 'string')
    return (structural.has(key) ? value : (pool[counter.next++ % pool.length] ?? '')) as T
  if (Array.isArray(value))
    return (
      structural.has(key) ? value : value.map((item: unknown) => fillTexts(item, pool, counter, key))
    ) as T
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [field, item] of Object.entries(value))
      copy[field] =
        structural.has(field) && typeof item !== 'object' ? item : fillTexts(item, pool, counter, field)
    return copy as T
  }
  return value
}

const demo = generateDemo({ today: '2026-11-28', now: '2026-11-28T09:00:00.000Z' })
const files: Array<{ file: string; kind: string }> = []
let dir: string

beforeAll(async () => {
  requireTools()
  dir = await mkdtemp(join(tmpdir(), 'kc-unicode-'))
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('random Unicode in every text field', () => {
  it('still gives Word documents with only XML-safe characters, which LibreOffice opens', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(anyText(24), { minLength: 24, maxLength: 24 }), async (pool) => {
        run += 1
        const counter = { next: 0 }
        const data = fillTexts({ ...demo, programmes: [demo.programme] }, pool, counter)
        const source: ReportSource = {
          data,
          today: '2026-11-28',
          organisationName: pool[0] ?? '',
          authorName: pool[1] ?? '',
        }
        const subjects = {
          partnerId: demo.partners[0]?.id,
          ideaId: demo.ideas[0]?.id,
          sessionId: demo.sessions[1]?.id,
          streetId: demo.streets[0]?.id,
        }
        for (const kind of reportKinds) {
          const model = buildReport(source, {
            programmeId: demo.programme.id,
            kind,
            language: run % 2 === 0 ? 'en' : 'nl',
            includeNames: run % 3 === 0,
            ...subjects,
          })
          const bytes = await renderReportDocx(model, { accentColour: '#1b6b5f' })
          for (const [name, xml] of readZipText(bytes)) {
            if (name.endsWith('.xml')) expect(xmlAllows(xml), `${kind}: ${name}`).toBe(true)
          }
          const file = join(dir, `run${run}-${kind}.docx`)
          await writeFile(file, bytes)
          files.push({ file, kind })
        }
      }),
      { numRuns: 3, endOnFailure: true },
    )
    // A handful of LibreOffice runs: every document of every sample must open and become a PDF.
    const pdfs = await convertToPdf(
      files.map((entry) => entry.file),
      dir,
    )
    for (const { file, kind } of files) {
      const text = pdfPages(pdfs.get(file) ?? '')
      expect(text, `${file}: LibreOffice kon het document niet openen`).toBeDefined()
      expect(text?.join('\n'), `${kind}`).toMatch(/(Pagina|Page) \d+ (van|of) \d+/)
    }
  })
})
