import { describe, expect, it } from 'vitest'
import { tableColumnWidths } from '../../../main/reports/docx-table'
import { textWidth } from '../../../main/reports/report-theme'
import { sortWalking } from '../../../shared/domain/address-order'
import { latestContactByAddress } from '../../../shared/domain/coverage'
import { formatHouseNumber } from '../../../shared/domain/house-number'
import { reportKinds } from '../../../shared/model'
import {
  buildReport,
  isWordSafe,
  outlineOf,
  type ReportModel,
  ReportSubjectError,
  type TableBlock,
} from '../../../shared/reports'
import { allText, containsWord, demoSource, privateTexts } from './demo-source'

const d = demoSource()
const { demo, stats } = d
const partner = demo.partners.find((p) => p.kind === 'gemeente')
const idea = demo.ideas.find((i) => i.owners.length > 0 && i.highlighted)
const session = demo.sessions.find((s) => s.type === 'deur-aan-deur' && s.status === 'gehouden')
const street = demo.streets[0]
if (!partner || !idea || !session || !street)
  throw new Error('demo mist een partner, idee, sessie of straat')

const subjects = { partnerId: partner.id, ideaId: idea.id, sessionId: session.id, streetId: street.id }
const build = (kind: ReportModel['kind'], extra: Parameters<typeof d.request>[1] = {}): ReportModel =>
  buildReport(d.source, d.request(kind, { ...subjects, ...extra }))
const headings = (model: ReportModel): string[] =>
  model.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))
const tables = (model: ReportModel): TableBlock[] =>
  model.blocks.filter((block): block is TableBlock => block.type === 'table')
const squash = (text: string): string => text.replace(/\s+/g, ' ')

describe('report builders on the demo', () => {
  it.each(reportKinds)('builds the %s report with a title, a cover and Word-safe text', (kind) => {
    const model = build(kind)
    expect(model.kind).toBe(kind)
    expect(model.blocks.length).toBeGreaterThan(3)
    expect(model.cover.details.map((detail) => detail.label)).toContain('Programma')
    expect(model.fileName).toMatch(/\.docx$/)
    expect(model.fileName).not.toMatch(/[\\/:*?"<>|]/)
    expect(isWordSafe(allText(model))).toBe(true)
  })

  it('gives the gemeente report the figures of stats.programme', () => {
    const text = squash(allText(build('gemeente')))
    expect(text).toContain(`${stats.streets} straten met samen ${stats.addresses} adressen`)
    expect(text).toContain('4 straten met samen 150 adressen')
    expect(text).toContain(`Bewoners brachten ${stats.ideas} ideeën in`)
    expect(text).toContain('30 ideeën')
    expect(text).toContain(`Bij ${stats.reached} adressen (65% van alle adressen) was er een gesprek`)
    expect(text).toContain(`in totaal voerde het team ${stats.conversations} gesprekken`)
    const figures = build('gemeente').blocks.find((block) => block.type === 'key-figures')
    expect(
      figures?.type === 'key-figures' && figures.figures.map((figure) => [figure.value, figure.target]),
    ).toEqual([
      [stats.reached, stats.goals.addresses],
      [stats.conversations, stats.goals.conversations],
      [stats.ideas, stats.goals.ideas],
      [stats.ideasRealised, stats.goals.ideasRealised],
    ])
  })

  it('lists coverage per street with a total row equal to the programme figures', () => {
    const coverage = tables(build('gemeente')).find(
      (table) => table.columns[0]?.header === 'Straat' && table.totalRow === true,
    )
    expect(coverage?.rows.map((row) => row[0])).toEqual([
      ...stats.perStreet.map((s) => s.name),
      { text: 'Totaal', strong: true },
    ])
    expect(coverage?.rows.at(-1)?.slice(1, 4)).toEqual([
      String(stats.addresses),
      String(stats.attempted),
      String(stats.reached),
    ])
  })

  it('has the sections the gemeente asks for, and an appendix with every idea', () => {
    const model = build('gemeente')
    expect(headings(model)).toEqual(
      expect.arrayContaining([
        'Samenvatting',
        'Kerncijfers',
        'Bereik per straat',
        'Ideeën van bewoners',
        'Ideeën per thema',
        'Stand van zaken',
        'Uitgelichte ideeën',
        'Sessies',
        'Samenwerking met partners',
        'Volgende stappen',
        'Bijlage: alle ideeën',
      ]),
    )
    const appendix = tables(model).at(-1)
    expect(appendix?.rows).toHaveLength(stats.ideas)
    expect(model.blocks.filter((block) => block.type === 'chart').length).toBeGreaterThanOrEqual(4)
    expect(model.blocks.some((block) => block.type === 'quote')).toBe(true)
  })

  it('leaves out every resident name, phone number, note and house number by default', () => {
    const { names, phones, notes } = privateTexts(demo)
    expect(names.length).toBeGreaterThan(30)
    for (const kind of reportKinds) {
      // The file name ends in a date ("… Brinkakkerweg 2026-11-28.docx"), which is no house number.
      const text = allText({ ...build(kind), fileName: '' })
      for (const name of names) expect(containsWord(text, name), `${kind}: ${name}`).toBe(false)
      for (const phone of phones) expect(text, kind).not.toContain(phone)
      for (const note of notes) expect(text, kind).not.toContain(note)
      if (kind !== 'looplijst') {
        // A street followed by a house number; "Brinkakkerweg 75%" in a chart's alt text is a figure, not an address.
        for (const s of demo.streets)
          expect(text, kind).not.toMatch(new RegExp(`${s.name} \\d+[a-z]?(?![\\d%])`))
      }
    }
  })

  it('shows initiators by name only when names are asked for', () => {
    const withNames = allText(build('gemeente', { includeNames: true }))
    for (const i of demo.ideas)
      for (const initiator of i.initiators) expect(containsWord(withNames, initiator.name)).toBe(true)
    expect(build('gemeente', { includeNames: true }).includesNames).toBe(true)
    expect(build('gemeente').cover.privacyNote).toMatch(/Geanonimiseerd/)
  })

  it('removes a resident name typed into free text unless names are asked for', () => {
    const name = demo.ideas[0]?.initiators[0]?.name ?? 'Aaltje'
    const ideas = demo.ideas.map((i, index) =>
      index === 0
        ? { ...i, highlighted: true, description: `${name} zegt: ${i.description}` }
        : { ...i, highlighted: false },
    )
    const source = { ...d.source, data: { ...d.source.data, ideas } }
    const anonymous = allText(buildReport(source, d.request('gemeente')))
    expect(containsWord(anonymous, name)).toBe(false)
    expect(anonymous).toContain('[naam] zegt:')
    expect(allText(buildReport(source, d.request('gemeente', { includeNames: true })))).toContain(
      `${name} zegt:`,
    )
  })

  it('builds the partner report around the partner’s own ideas and its contact person', () => {
    const model = build('partner')
    const owned = demo.ideas.filter(
      (i) => i.status !== 'samengevoegd' && i.owners.some((owner) => owner.partnerId === partner.id),
    )
    expect(model.subject).toBe(partner.name)
    expect(
      tables(model)[0]
        ?.rows.map((row) => row[0])
        .sort(),
    ).toEqual(owned.map((i) => i.title).sort())
    expect(allText(model)).toContain(partner.contacts[0]?.name ?? '?')
    expect(squash(allText(model))).toContain(`Gemeente Oldebroek heeft ${owned.length} ideeën in beheer`)
  })

  it('builds an idea card with the residents’ words, the ask and the history', () => {
    const model = build('idee')
    expect(model.cover.layout).toBe('compact')
    expect(model.chrome.contents).toBeUndefined()
    expect(
      model.blocks.some((block) => block.type === 'quote' && block.text === idea.description.trim()),
    ).toBe(true)
    expect(allText(model)).toContain(idea.owners[0]?.ask ?? '?')
    const history = tables(model).find((table) => table.columns[1]?.header === 'Status')
    expect(history?.rows).toHaveLength(idea.history.length)
  })

  it('builds a session report with the doors knocked on during the round', () => {
    const model = build('sessie')
    const contacts = demo.contacts.filter((contact) => contact.sessionId === session.id)
    const doors = tables(model).find((table) => table.columns[0]?.header === 'Uitkomst')
    expect(doors?.rows.at(-1)).toEqual([{ text: 'Totaal', strong: true }, String(contacts.length)])
  })

  it('lists a street in walking order without the addresses that must not be contacted', () => {
    const model = build('looplijst')
    expect(model.orientation).toBe('landscape')
    const latest = latestContactByAddress(demo.contacts)
    const expected = sortWalking(
      demo.addresses.filter(
        (a) => a.streetId === street.id && latest.get(a.id)?.outcome !== 'niet-benaderen',
      ),
    )
    // Up the odd side, then back down the even side: a table for each, under its own heading.
    const [odd, even] = tables(model)
    expect([...(odd?.rows ?? []), ...(even?.rows ?? [])].map((row) => row[0])).toEqual(
      expected.map((a) => ({ text: formatHouseNumber(a.houseNumber, a.addition), strong: true })),
    )
    expect(odd?.rows.length).toBe(expected.filter((a) => a.houseNumber % 2 === 1).length)
    expect(headings(model)).toEqual(expect.arrayContaining(['Oneven kant, heen', 'Even kant, terug']))
    expect(odd?.rows[0]?.filter((cell) => typeof cell === 'object' && 'box' in cell)).toHaveLength(6)
    expect(odd?.writeIn).toBe('line')
  })

  it('keeps the note column of a walk list with names wide enough to write in', () => {
    const model = buildReport(d.source, d.request('looplijst', { streetId: street.id, includeNames: true }))
    const list = tables(model)[0]
    expect(list?.columns.at(-1)?.header).toBe('Notitie')
    // As printed: no column narrower than its longest word, and still a fifth of the line for notes.
    const width = textWidth('landscape')
    const printed = list ? tableColumnWidths(list, width) : []
    expect((printed.at(-1) ?? 0) / width).toBeGreaterThanOrEqual(0.2)
    expect(list?.columns.map((column) => column.header)).toContain('Bewoner en bijzonderheden')
  })

  it('makes a walk list for the streets of a session', () => {
    const round = demo.sessions.find((s) => s.streetIds.length === 4)
    const model = buildReport(d.source, d.request('looplijst', { sessionId: round?.id }))
    // Each street a heading of its own, with its odd and its even side.
    expect(model.blocks.filter((block) => block.type === 'heading' && block.level === 1)).toHaveLength(4)
    expect(tables(model).length).toBeGreaterThanOrEqual(4)
    expect(model.cover.details.find((detail) => detail.label === 'Datum ronde')).toBeDefined()
  })

  it('builds the accountability report per Awb 4:80 with goals, differences and activities', () => {
    const model = build('verantwoording')
    expect(headings(model)).toEqual(
      expect.arrayContaining([
        'Doelen en resultaten',
        'Toelichting op de verschillen',
        'Activiteiten naar aard en omvang',
        'Ondertekening',
      ]),
    )
    const goals = tables(model)[0]
    expect(goals?.rows[0]).toEqual([
      'Adressen bereikt',
      '150',
      String(stats.reached),
      `\u2212${150 - stats.reached}`,
      '65%',
    ])
    expect(squash(allText(model))).toContain('artikel 4:80 van de Algemene wet bestuursrecht')
  })

  it('writes English reports with English words and the same figures', () => {
    const model = build('gemeente', { language: 'en' })
    const text = squash(allText(model))
    expect(headings(model)).toContain('Summary')
    expect(headings(model)).not.toContain('Samenvatting')
    expect(text).toContain('4 streets with 150 addresses in total')
    expect(text).toContain('Residents brought in 30 ideas')
    expect(text).toMatch(/28 November 2026/)
  })

  it('counts the activity within a chosen period and the figures as of its end', () => {
    const model = build('gemeente', { from: '2026-09-01', to: '2026-10-31' })
    const text = squash(allText(model))
    expect(model.cover.details).toContainEqual({
      label: 'Periode',
      value: '1 september 2026 tot en met 31 oktober 2026',
    })
    expect(text).toContain('In de rapportageperiode (1 september 2026 tot en met 31 oktober 2026)')
    const ideasBefore = demo.ideas.filter((i) => i.collectedOn <= '2026-10-31').length
    expect(text).toContain(`Bewoners brachten ${ideasBefore} ideeën in`)
    expect(tables(model)[0]?.columns.map((column) => column.header)).toEqual([
      'Onderdeel',
      'In deze periode',
      'Stand 31 okt. 2026',
    ])
  })

  it('refuses a subject that is not in the programme', () => {
    expect(() =>
      buildReport(d.source, d.request('partner', { partnerId: '00000000-0000-4000-8000-000000000000' })),
    ).toThrow(ReportSubjectError)
    expect(() => buildReport(d.source, d.request('idee'))).toThrow(/Dit idee bestaat niet/)
  })

  it('outlines a report without rendering it', () => {
    const outline = outlineOf(build('gemeente'))
    expect(outline.title).toBe('Voortgangsrapportage — Oldebroek Voor Mekaar — Krachtstroom')
    expect(outline.headings[0]).toEqual({ level: 1, text: 'Samenvatting' })
    expect(outline.counts.charts).toBeGreaterThanOrEqual(4)
    expect(outline.counts.tableRows).toBeGreaterThan(stats.ideas)
    expect(outline.keyFigures[0]).toEqual({ label: 'Adressen bereikt', display: String(stats.reached) })
  })

  it('is pure: the same input gives the same model', () => {
    expect(build('verantwoording')).toEqual(build('verantwoording'))
  })
})
