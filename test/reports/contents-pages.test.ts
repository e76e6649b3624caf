import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '../../shared/demo'
import { type Language } from '../../shared/model'
import { buildReport, type HeadingBlock, type ReportModel, type ReportRequest } from '../../shared/reports'
import { renderReportDocx } from '../../main/reports/render-report-docx'
import { readZipText } from '../support/read-zip'
import { convertToPdf, type PdfLine, pdfLines, requireTools, squash } from './libreoffice'

const TODAY = '2026-11-28'

interface Case {
  name: string
  model: ReportModel
  /** The page numbers the document itself holds in its contents, in order. */
  cachedNumbers: number[]
  lines?: PdfLine[][]
}

const cases: Case[] = []
let dir: string
let longQuote = ''

/** The demo at a scale as a report source, with a change to its data before the report is made. */
function source(scale: number, change: (data: ReturnType<typeof generateDemo>) => void = () => {}) {
  const demo = generateDemo({ scale, today: TODAY, now: `${TODAY}T09:00:00.000Z` })
  change(demo)
  return {
    demo,
    source: {
      data: { ...demo, programmes: [demo.programme] },
      today: TODAY,
      organisationName: 'Stichting Voor Mekaar',
      authorName: 'Ilse Dijkhuis',
    },
  }
}

/** A resident's long story: about 5,000 characters of sentences, no blank lines. */
function story(length: number): string {
  const sentences = [
    'Vroeger kende iedereen elkaar hier, de kinderen speelden buiten en de ouderen zaten op het bankje.',
    'Nu zie je elkaar alleen nog in de auto voorbijkomen en weet je soms niet eens wie er naast je woont.',
    'Een plek om even te zitten en een praatje te maken zou voor veel mensen in de straat verschil maken.',
    'Mijn buurvrouw van negentig komt de deur bijna niet meer uit, omdat ze onderweg nergens kan uitrusten.',
  ]
  let text = ''
  for (let i = 0; text.length < length; i++) text += `${sentences[i % sentences.length]} `
  return text.trim()
}

const contentsNumbers = (documentXml: string): number[] =>
  [
    ...documentXml.matchAll(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g,
    ),
  ].map((match) => Number(match[1]))

const headingsOf = (model: ReportModel, maxLevel = 3): HeadingBlock[] =>
  model.blocks.filter((block): block is HeadingBlock => block.type === 'heading' && block.level <= maxLevel)

/** The least height (pt) of a PDF line set in a heading's type: Heading 1 16 pt, 2 12.5 pt, 3 11 pt. */
const headingLineHeight = { 1: 19, 2: 15.5, 3: 13.8 } as const

/** The text column of a page (pt): below the running header, above the footer. */
const isBodyLine = (line: PdfLine, orientation: ReportModel['orientation'] = 'portrait'): boolean =>
  line.top >= 60 && line.top < (orientation === 'portrait' ? 782 : 536)

/** The pages (counted from 1) of the contents: those after the cover whose lines end in a page number after dots. */
function contentsPages(lines: PdfLine[][]): number[] {
  const pages: number[] = []
  for (let page = 1; page < lines.length; page++) {
    if (!(lines[page] ?? []).some((line) => /\.{3,}\s*\d+$/.test(line.text))) break
    pages.push(page + 1)
  }
  return pages
}

/** The contents as LibreOffice shows them: each entry's text and page number. */
function contentsEntries(lines: PdfLine[][]): Array<{ text: string; page: number }> {
  const entries: Array<{ text: string; page: number }> = []
  let pending = ''
  for (const page of contentsPages(lines)) {
    for (const line of lines[page - 1] ?? []) {
      // The contents' own title is set large; entries are not.
      if (!isBodyLine(line) || line.height >= headingLineHeight[1]) continue
      const match = /^(.*?)[\s.]*\.{3,}\s*(\d+)$/.exec(line.text)
      if (match) {
        entries.push({ text: squash(`${pending} ${match[1] ?? ''}`).trim(), page: Number(match[2]) })
        pending = ''
      } else pending += ` ${line.text}`
    }
  }
  return entries
}

/**
 * Where each heading lands in the PDF: the page, and the lines it takes, found in order after the
 * contents among the lines set in a heading's type.
 */
function headingPlaces(
  model: ReportModel,
  lines: PdfLine[][],
): Array<{ heading: HeadingBlock; page: number; lines: number[] }> {
  const places: Array<{ heading: HeadingBlock; page: number; lines: number[] }> = []
  let page = (contentsPages(lines).at(-1) ?? 0) + 1
  let from = 0
  for (const heading of headingsOf(model)) {
    const wanted = squash(heading.text).trim()
    let found: { page: number; lines: number[] } | undefined
    for (let p = page; p <= lines.length && !found; p++) {
      const onPage = lines[p - 1] ?? []
      for (let i = p === page ? from : 0; i < onPage.length; i++) {
        const line = onPage[i]
        if (!line || line.height < headingLineHeight[heading.level] || !wanted.startsWith(squash(line.text)))
          continue
        let text = squash(line.text)
        const taken = [i]
        while (text.length < wanted.length && taken.length < 4) {
          const next = onPage[i + taken.length]
          if (!next) break
          text = `${text} ${squash(next.text)}`
          taken.push(i + taken.length)
        }
        if (text === wanted) {
          found = { page: p, lines: taken }
          break
        }
      }
    }
    if (!found) throw new Error(`Kop "${heading.text}" niet gevonden in de PDF na pagina ${page}`)
    places.push({ heading, ...found })
    page = found.page
    from = (found.lines.at(-1) ?? 0) + 1
  }
  return places
}

beforeAll(async () => {
  requireTools()
  dir = await mkdtemp(join(tmpdir(), 'kc-contents-'))
  const request = (programmeId: string, kind: ReportRequest['kind'], language: Language, extra = {}) => ({
    programmeId,
    kind,
    language,
    includeNames: false,
    ...extra,
  })
  const add = async (name: string, model: ReportModel): Promise<void> => {
    const bytes = await renderReportDocx(model)
    await writeFile(join(dir, `${name}.docx`), bytes)
    cases.push({
      name,
      model,
      cachedNumbers: contentsNumbers(readZipText(bytes).get('word/document.xml') ?? ''),
    })
  }
  for (const scale of [1, 10]) {
    const { demo, source: from } = source(scale)
    for (const language of ['nl', 'en'] as const)
      await add(
        `gemeente-${language}-${scale}`,
        buildReport(from, request(demo.programme.id, 'gemeente', language)),
      )
    if (scale === 10) {
      const partner = demo.partners.find((p) => p.kind === 'gemeente')
      await add(
        'partner-nl-10',
        buildReport(from, request(demo.programme.id, 'partner', 'nl', { partnerId: partner?.id })),
      )
      await add('verantwoording-en-10', buildReport(from, request(demo.programme.id, 'verantwoording', 'en')))
    }
  }
  // A resident's story of 5,000 characters in the idea the gemeente report highlights first.
  longQuote = story(5000)
  const planted = source(1, (demo) => {
    const idea = demo.ideas.find((item) => item.highlighted && item.owners.length > 0)
    if (idea) idea.description = longQuote
  })
  const idea = planted.demo.ideas.find((item) => item.description === longQuote)
  const owner = idea?.owners[0]?.partnerId
  const id = planted.demo.programme.id
  await add('long-quote-gemeente', buildReport(planted.source, request(id, 'gemeente', 'nl')))
  await add(
    'long-quote-partner',
    buildReport(planted.source, request(id, 'partner', 'nl', { partnerId: owner })),
  )
  await add('long-quote-idee', buildReport(planted.source, request(id, 'idee', 'nl', { ideaId: idea?.id })))

  // Odd values a coach may type: a long programme name, web addresses, long words, emoji.
  const odd = source(2, (demo) => {
    const address = 'https://www.oldebroek.nl/bewonersinitiatief/aanvraag-formulier-2026'
    demo.programme.name = `Oldebroek Voor Mekaar — Krachtstroom in de kernen Oldebroek, Wezep, Hattemerbroek en ’t Loo (${address})`
    demo.ideas.forEach((item, i) => {
      if (i % 3 === 0) item.title = `${item.title} 😀 ${'Zorgbuurthuisvoorziening'.repeat(2)}`
      if (i % 4 === 0) item.description = `${story(700 + 90 * (i % 7))} Meer: ${address}`
      if (i % 5 === 0) item.whatChanged = `${story(240)} ${address}`
      item.highlighted = i % 6 === 0
    })
    for (const partner of demo.partners)
      partner.name = `${partner.name} — afdeling Samenleving, Zorg en Welzijn`
  })
  const oddId = odd.demo.programme.id
  await add('odd-gemeente-nl', buildReport(odd.source, request(oddId, 'gemeente', 'nl')))
  await add(
    'odd-partner-en',
    buildReport(odd.source, request(oddId, 'partner', 'en', { partnerId: odd.demo.partners[0]?.id })),
  )
  await add('odd-verantwoording-nl', buildReport(odd.source, request(oddId, 'verantwoording', 'nl')))

  // Short documents and walk lists are laid out the same way.
  const ten = source(10)
  const round = ten.demo.sessions.find((s) => s.type === 'deur-aan-deur' && s.streetIds.length > 1)
  const evening = ten.demo.sessions.find((s) => s.type === 'bewonersavond')
  const tenId = ten.demo.programme.id
  await add(
    'looplijst-ronde-nl-10',
    buildReport(ten.source, request(tenId, 'looplijst', 'nl', { sessionId: round?.id })),
  )
  await add(
    'looplijst-namen-en-10',
    buildReport(ten.source, {
      ...request(tenId, 'looplijst', 'en', { streetId: ten.demo.streets[1]?.id }),
      includeNames: true,
    }),
  )
  await add(
    'sessie-nl-10',
    buildReport(ten.source, request(tenId, 'sessie', 'nl', { sessionId: evening?.id })),
  )
  await add('partner-en-1', buildReport(planted.source, request(id, 'partner', 'en', { partnerId: owner })))

  const pdfs = await convertToPdf(
    cases.map((item) => join(dir, `${item.name}.docx`)),
    dir,
  )
  for (const item of cases) item.lines = pdfLines(pdfs.get(join(dir, `${item.name}.docx`)) ?? '')
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

const withContents = () => cases.filter((item) => item.model.chrome.contents !== undefined)

describe('page numbers in the contents, filled in when the report is made', () => {
  it('gives every heading the page it lands on in LibreOffice, in the document and on screen', () => {
    expect(withContents().map((item) => item.name)).toEqual(
      expect.arrayContaining(['gemeente-nl-1', 'gemeente-en-1', 'gemeente-nl-10', 'gemeente-en-10']),
    )
    for (const item of withContents()) {
      const lines = item.lines
      expect(lines, `${item.name}: LibreOffice maakte geen PDF`).toBeDefined()
      if (!lines) continue
      const levels = item.model.chrome.contentsLevels ?? 2
      const listed = headingPlaces(item.model, lines).filter((place) => place.heading.level <= levels)
      const shown = contentsEntries(lines)
      expect(
        shown.map((entry) => entry.text),
        item.name,
      ).toEqual(listed.map((place) => squash(place.heading.text)))
      const landed = listed.map((place) => place.page)
      expect(
        shown.map((entry) => entry.page),
        `${item.name}: de inhoudsopgave in LibreOffice`,
      ).toEqual(landed)
      expect(item.cachedNumbers, `${item.name}: de paginanummers in het document`).toEqual(landed)
    }
  })
})

describe('a gemeente report at ten times the reference programme', () => {
  it('takes at most 15 pages, without the appendix of all its ideas', () => {
    for (const name of ['gemeente-nl-10', 'gemeente-en-10']) {
      const item = cases.find((c) => c.name === name)
      expect(
        item?.model.blocks.some(
          (block) => block.type === 'heading' && /^(Bijlage|Appendix)/.test(block.text),
        ),
      ).toBe(false)
      expect(item?.lines?.length, name).toBeLessThanOrEqual(15)
    }
  })
})

describe('headings stay with what follows them', () => {
  it('leaves no heading as the last line of a page, in any report kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
    for (const item of cases) {
      const lines = item.lines ?? []
      const headingLines = new Set(
        headingPlaces(item.model, lines).flatMap((place) =>
          place.lines.map((line) => `${place.page}:${line}`),
        ),
      )
      lines.slice(0, -1).forEach((page, p) => {
        const body = page
          .map((line, i) => ({ line, i }))
          .filter(({ line }) => isBodyLine(line, item.model.orientation))
        const lowest = body.reduce<(typeof body)[number] | undefined>(
          (low, entry) => (low === undefined || entry.line.top > low.line.top ? entry : low),
          undefined,
        )
        expect(
          lowest !== undefined && headingLines.has(`${p + 1}:${lowest.i}`),
          `${item.name}: pagina ${p + 1} eindigt met een kop`,
        ).toBe(false)
      })
    }
  })
})

describe('long texts break across pages', () => {
  it('prints a 5,000-character quote whole, across pages, with no page holding only a heading and none empty', () => {
    const planted = cases.filter((item) => item.name.startsWith('long-quote'))
    expect(planted).toHaveLength(3)
    const opening = squash(longQuote.slice(0, 60))
    const ending = squash(longQuote.slice(-60))
    for (const item of planted) {
      const lines = item.lines ?? []
      const text = squash(
        lines
          .flat()
          .map((line) => line.text)
          .join(' '),
      )
      expect(text, `${item.name}: het begin van het verhaal`).toContain(opening)
      expect(text, `${item.name}: het einde van het verhaal`).toContain(ending)
      const headingLines = new Set(
        headingPlaces(item.model, lines).flatMap((place) =>
          place.lines.map((line) => `${place.page}:${line}`),
        ),
      )
      lines.forEach((page, p) => {
        const body = page
          .map((line, i) => ({ line, i }))
          .filter(
            ({ line }) =>
              isBodyLine(line, item.model.orientation) && !/^(Pagina|Page) \d+ (van|of) \d+$/.test(line.text),
          )
        expect(body.length, `${item.name}: pagina ${p + 1} is leeg`).toBeGreaterThan(0)
        const onlyHeadings = body.every(({ i }) => headingLines.has(`${p + 1}:${i}`))
        expect(onlyHeadings, `${item.name}: pagina ${p + 1} heeft alleen een kop`).toBe(false)
      })
    }
  })
})
