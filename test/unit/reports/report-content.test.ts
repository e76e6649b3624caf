import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../shared/demo'
import { currentStatusSince } from '../../../shared/domain/idea-history'
import {
  type BulletsBlock,
  buildReport,
  type KeyFiguresBlock,
  type ParagraphBlock,
  type QuoteBlock,
  type ReportModel,
  type ReportRequest,
  type ReportSource,
  type TableBlock,
} from '../../../shared/reports'
import { allText, TODAY } from './demo-source'

type Demo = ReturnType<typeof generateDemo>

/** The demo at a scale, changed as a test needs, as a report source. */
function demoAt(
  scale: number,
  change: (demo: Demo) => void = () => {},
): { demo: Demo; source: ReportSource } {
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

const report = (
  { demo, source }: { demo: Demo; source: ReportSource },
  kind: ReportRequest['kind'],
  extra: Partial<ReportRequest> = {},
): ReportModel =>
  buildReport(source, { programmeId: demo.programme.id, kind, language: 'nl', includeNames: false, ...extra })

const headings = (model: ReportModel): string[] =>
  model.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))
const tableAfter = (model: ReportModel, heading: string): TableBlock | undefined => {
  const start = model.blocks.findIndex((block) => block.type === 'heading' && block.text === heading)
  return model.blocks.slice(start).find((block): block is TableBlock => block.type === 'table')
}
const text = (model: ReportModel): string => allText(model).replace(/\s+/g, ' ')

const one = demoAt(1)

describe('what has been realised, in the gemeente report', () => {
  const model = report(one, 'gemeente')

  it('lists every realised idea with its street, partners, the day it was realised and what changed', () => {
    expect(headings(model)).toEqual(
      expect.arrayContaining(['Wat is er gerealiseerd', 'Gerealiseerd', 'In uitvoering']),
    )
    const realised = one.demo.ideas.filter((idea) => idea.status === 'gerealiseerd')
    const list = tableAfter(model, 'Gerealiseerd')
    expect(list?.columns.map((column) => column.header)).toEqual([
      'Idee en straat',
      'Partner',
      'Gerealiseerd op',
      'Wat is er veranderd voor bewoners',
    ])
    expect(list?.rows).toHaveLength(realised.length)
    for (const idea of realised) {
      const street = one.demo.streets.find((s) => s.id === idea.streetId)?.name ?? ''
      const row = list?.rows.find((cells) => cells[0] === `${idea.title}\n${street}`)
      expect(row, idea.title).toBeDefined()
      const partners = idea.owners.map(
        (owner) => one.demo.partners.find((p) => p.id === owner.partnerId)?.name,
      )
      expect(row?.[1]).toBe(partners.join(', '))
      // The day the coach gave for the step to "gerealiseerd", as a short date.
      const since = currentStatusSince(idea) ?? ''
      expect(since).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(String(row?.[2])).toMatch(new RegExp(`^${Number(since.slice(8))} `))
      expect(row?.[3]).toBe(idea.whatChanged)
    }
    const underWay = tableAfter(model, 'In uitvoering')
    expect(underWay?.rows).toHaveLength(
      one.demo.ideas.filter((idea) => idea.status === 'in-uitvoering').length,
    )
  })

  it('shows ideas by status once (as a chart), and the goals each against its own scale', () => {
    expect(tableAfter(model, 'Stand van zaken')?.columns[0]?.header).not.toBe('Status')
    const charts = model.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : []))
    expect(charts.filter((chart) => chart.title === 'Ideeën per status')).toHaveLength(1)
    const goals = charts.find((chart) => chart.title.startsWith('Doelen'))
    expect(goals?.valueFormat).toBe('percent')
  })

  it('falls back on what residents were told when the coach did not write what changed', () => {
    const withoutText = demoAt(1, (demo) => {
      for (const idea of demo.ideas) idea.whatChanged = ''
    })
    const list = tableAfter(report(withoutText, 'gemeente'), 'Gerealiseerd')
    const told = withoutText.demo.ideas
      .filter((idea) => idea.status === 'gerealiseerd')
      .map((idea) => idea.feedback.find((fb) => fb.statusAtFeedback === 'gerealiseerd')?.note ?? '—')
    expect(list?.rows.map((row) => row[3]).sort()).toEqual(told.sort())
  })
})

describe('readable at scale', () => {
  const two = demoAt(2)

  it('leaves the appendix out above 50 ideas, says so with the count and where to find them', () => {
    expect(two.demo.ideas.length).toBeGreaterThan(50)
    const model = report(two, 'gemeente')
    expect(headings(model)).not.toContain('Bijlage: alle ideeën')
    expect(text(model)).toContain(
      `De bijlage met alle ${two.demo.ideas.length} ideeën is weggelaten. Alle ideeën staan, met straat, thema’s, status en partner, in de Excel-export op de pagina Ideeën`,
    )
    expect(headings(report(two, 'gemeente', { includeAppendix: true }))).toContain('Bijlage: alle ideeën')
    expect(headings(report(one, 'gemeente'))).toContain('Bijlage: alle ideeën')
    expect(headings(report(one, 'gemeente', { includeAppendix: false }))).not.toContain(
      'Bijlage: alle ideeën',
    )
  })

  it('lists the 20 most recently realised and the 15 most recent ideas in progress, and says where the rest are', () => {
    const ten = demoAt(10)
    const model = report(ten, 'gemeente')
    const realised = ten.demo.ideas.filter((idea) => idea.status === 'gerealiseerd')
    const underWay = ten.demo.ideas.filter((idea) => idea.status === 'in-uitvoering')
    expect(realised.length).toBeGreaterThan(20)
    expect(underWay.length).toBeGreaterThan(15)
    expect(tableAfter(model, 'Gerealiseerd')?.rows).toHaveLength(20)
    expect(tableAfter(model, 'In uitvoering')?.rows).toHaveLength(15)
    expect(text(model)).toContain(
      `Er zijn ${realised.length} ideeën gerealiseerd. Hieronder de 20 die het laatst zijn gerealiseerd`,
    )
    expect(text(model)).toContain(
      `Er zijn ${underWay.length} ideeën in uitvoering. Hieronder de 15 die het laatst in uitvoering gingen`,
    )
    const newest = [...realised]
      .map((idea) => currentStatusSince(idea) ?? '')
      .sort()
      .at(-1)
    const months = [
      'jan.',
      'feb.',
      'mrt.',
      'apr.',
      'mei',
      'jun.',
      'jul.',
      'aug.',
      'sep.',
      'okt.',
      'nov.',
      'dec.',
    ]
    const [year, month, day] = (newest ?? '').split('-').map(Number)
    expect(tableAfter(model, 'Gerealiseerd')?.rows[0]?.[2]).toBe(`${day} ${months[(month ?? 1) - 1]} ${year}`)
  })

  it('lists at most 10 streets with active residents, the busiest first, and the rest in one row', () => {
    const model = report(demoAt(10), 'gemeente')
    const perStreet = tableAfter(model, 'Actieve bewoners')
    const rows = perStreet?.rows ?? []
    expect(rows).toHaveLength(12)
    const cell = (value: unknown) =>
      typeof value === 'string' ? value : ((value as { text: string } | undefined)?.text ?? '')
    expect(cell(rows[10]?.[0])).toMatch(/^Overige \d+ straten \(samen\)$/)
    const counts = rows.slice(0, 10).map((row) => Number(cell(row[1])))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const sum = rows.slice(0, 11).reduce((total, row) => total + Number(cell(row[1])), 0)
    expect(String(sum)).toBe(cell(rows[11]?.[1]))
  })

  it('counts sessions per type and month above 20, and lists them one by one up to 20', () => {
    const three = demoAt(3)
    const many = tableAfter(report(three, 'gemeente'), 'Sessies')
    expect(many?.columns[0]?.header).toBe('Soort sessie')
    expect(many?.columns.at(-1)?.header).toBe('Totaal')
    const held = three.demo.sessions.filter((s) => s.status === 'gehouden').length
    expect(held).toBeGreaterThan(20)
    expect(many?.rows.at(-1)?.at(-1)).toBe(String(held))
    const few = tableAfter(report(one, 'gemeente'), 'Sessies')
    expect(few?.columns[0]?.header).toBe('Datum')
    expect(few?.rows).toHaveLength(one.demo.sessions.filter((s) => s.status === 'gehouden').length)
  })

  it('names the street in every list of ideas and tells identical titles apart', () => {
    const model = report(two, 'gemeente')
    const waits = model.blocks.find(
      (block, i): block is BulletsBlock =>
        block.type === 'bullets' &&
        model.blocks[i - 1]?.type === 'paragraph' &&
        /wachten langer/.test((model.blocks[i - 1] as ParagraphBlock).text),
    )
    expect(waits?.items.length).toBeGreaterThan(0)
    expect(waits?.items.length).toBeLessThanOrEqual(10)
    const streets = two.demo.streets.map((street) => street.name)
    for (const item of waits?.items ?? [])
      expect(
        streets.some((street) => item.includes(`(${street})`)),
        item,
      ).toBe(true)
    const sectionStart = model.blocks.findIndex(
      (block) => block.type === 'heading' && block.level === 2 && block.text === 'Uitgelichte ideeën',
    )
    const sectionEnd = model.blocks.findIndex(
      (block, i) => i > sectionStart && block.type === 'heading' && block.level === 2,
    )
    const highlights = model.blocks
      .slice(sectionStart, sectionEnd)
      .filter((block) => block.type === 'heading' && block.level === 3)
    expect(highlights.length).toBeGreaterThan(0)
    for (const heading of highlights)
      expect(
        heading.type === 'heading' && streets.some((street) => heading.text.endsWith(`(${street})`)),
      ).toBe(true)
    // Two ideas with the same title in the same street.
    const twins = demoAt(1, (demo) => {
      const [a, b] = demo.ideas.filter((idea) => idea.status === 'gerealiseerd')
      if (a && b) {
        b.title = a.title
        b.streetId = a.streetId
      }
    })
    const realised = tableAfter(report(twins, 'gemeente'), 'Gerealiseerd')
    const titles = realised?.rows.map((row) => String(row[0])) ?? []
    expect(new Set(titles).size).toBe(titles.length)
    expect(titles.some((title) => title.includes('opgehaald'))).toBe(true)
  })
})

describe('the verantwoording is interim or final', () => {
  it('is a tussentijdse verantwoording before the programme ends, and says its figures are a tussenstand', () => {
    expect((one.demo.programme.period.end ?? '9999') > TODAY).toBe(true)
    const model = report(one, 'verantwoording')
    expect(model.cover.kindLabel).toBe('Tussentijdse verantwoording')
    expect(model.chrome.footer).toContain('Tussentijdse verantwoording')
    expect(model.fileName).toMatch(/^Tussentijdse verantwoording /)
    expect(text(model)).toContain('De cijfers zijn daarom een tussenstand')
  })

  it('is the eindverantwoording once the period reaches the programme’s end, or when the coach chooses so', () => {
    const ended = demoAt(1, (demo) => {
      demo.programme.period.end = '2026-11-01'
    })
    expect(report(ended, 'verantwoording').cover.kindLabel).toBe('Eindverantwoording')
    const chosen = report(one, 'verantwoording', { accountabilityStage: 'eind' })
    expect(chosen.cover.kindLabel).toBe('Eindverantwoording')
    expect(text(chosen)).not.toContain('tussenstand')
    expect(report(ended, 'verantwoording', { accountabilityStage: 'tussentijds' }).cover.kindLabel).toBe(
      'Tussentijdse verantwoording',
    )
  })
})

describe('small things a coach would otherwise fix by hand', () => {
  it('shows "—" as the average wait of a partner with nothing waiting, not "0 dagen"', () => {
    const answered = demoAt(1, (demo) => {
      for (const idea of demo.ideas) for (const owner of idea.owners) owner.answeredAt ??= owner.since
    })
    const partner = answered.demo.partners.find((p) => p.kind === 'gemeente')
    const model = report(answered, 'partner', { partnerId: partner?.id })
    const figures = model.blocks.find((block): block is KeyFiguresBlock => block.type === 'key-figures')
    expect(figures?.figures.at(-1)?.display).toBe('—')
  })

  it('puts no empty source line under a quote without an initiator', () => {
    const anonymous = demoAt(1, (demo) => {
      for (const idea of demo.ideas) idea.initiators = []
    })
    const idea = anonymous.demo.ideas.find((item) => item.highlighted)
    const quotes = report(anonymous, 'idee', { ideaId: idea?.id }).blocks.filter(
      (block): block is QuoteBlock => block.type === 'quote',
    )
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.attribution).toBeUndefined()
  })

  it('labels the day a session report was made apart from the day of the session', () => {
    const session = one.demo.sessions.find((s) => s.type === 'bewonersavond')
    const model = report(one, 'sessie', { sessionId: session?.id })
    expect(model.cover.details.map((detail) => detail.label)).toContain('Gemaakt op')
    expect(model.cover.details.map((detail) => detail.label)).not.toContain('Datum')
    const facts = model.blocks.find((block) => block.type === 'facts')
    expect(facts?.type === 'facts' && facts.items.map((item) => item.label)).toContain('Datum sessie')
  })

  it('counts a round’s conversations at the door from the outcomes recorded during it', () => {
    const round = one.demo.sessions.find((s) => s.type === 'deur-aan-deur' && s.status === 'gehouden')
    const recorded = one.demo.contacts.filter(
      (c) => c.sessionId === round?.id && c.outcome === 'gesprek',
    ).length
    expect(recorded).toBeGreaterThan(0)
    // The number typed into the session's report is one off; the recorded outcomes count.
    const typedOff = demoAt(1, (demo) => {
      const same = demo.sessions.find((s) => s.id === round?.id)
      if (same?.report) same.report.attendees = recorded - 1
    })
    const model = report(typedOff, 'sessie', { sessionId: round?.id })
    const facts = model.blocks.find((block) => block.type === 'facts')
    const conversations =
      facts?.type === 'facts'
        ? facts.items.find((item) => item.label === 'Gesprekken aan de deur')
        : undefined
    expect(conversations?.value).toBe(String(recorded))
    const outcomes = model.blocks.find(
      (block): block is TableBlock => block.type === 'table' && block.columns[0]?.header === 'Uitkomst',
    )
    expect(outcomes?.rows.find((row) => row[0] === 'Gesprek gehad')?.[1]).toBe(String(recorded))
  })

  it('dates an idea’s course by the days the coach gave, not the moments of typing', () => {
    const late = demoAt(1, (demo) => {
      const idea = demo.ideas.find((item) => item.highlighted && item.owners.length > 0)
      for (const step of idea?.history ?? []) step.at = '2026-11-27T09:00:00.000Z'
    })
    const idea = late.demo.ideas.find((item) => item.highlighted && item.owners.length > 0)
    const course = tableAfter(report(late, 'idee', { ideaId: idea?.id }), 'Verloop')
    expect(course?.rows.map((row) => row[0])).not.toContain('27 nov. 2026')
    expect(course?.rows).toHaveLength(idea?.history.length ?? -1)
  })
})

describe('what a partner answered', () => {
  const answer = 'Het bankje komt in maart.\nBel Marieke op 06-12345678 voor de plek.'
  const withAnswer = demoAt(1, (demo) => {
    const idea = demo.ideas.find((item) => item.highlighted && item.owners.length > 0)
    const owner = idea?.owners[0]
    if (owner) Object.assign(owner, { answeredAt: owner.since, answer })
  })
  const idea = withAnswer.demo.ideas.find((item) => item.highlighted && item.owners.length > 0)
  const partnerId = idea?.owners[0]?.partnerId

  it('shows the answer in the partner report and on the idea card, redacted like all free text', () => {
    for (const model of [
      report(withAnswer, 'partner', { partnerId }),
      report(withAnswer, 'idee', { ideaId: idea?.id }),
    ]) {
      const shown = text(model)
      expect(shown).toContain('Het bankje komt in maart.')
      expect(shown).not.toContain('06-12345678')
    }
    expect(headings(report(withAnswer, 'partner', { partnerId }))).toContain('Uw antwoord')
  })
})
