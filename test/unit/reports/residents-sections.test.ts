import { describe, expect, it } from 'vitest'
import { computeResidentsFigures } from '../../../shared/domain/residents-figures'
import { buildReport, type ReportBlock, type TableBlock } from '../../../shared/reports'
import { allText, demoSource, TODAY } from './demo-source'

const { demo, source, request } = demoSource()
const figures = computeResidentsFigures({ ...demo, programmes: [demo.programme] }, demo.programme.id, {
  asOf: TODAY,
})

/** The blocks from a heading up to the next heading of the same or a higher level. */
function section(blocks: readonly ReportBlock[], text: string): ReportBlock[] {
  const start = blocks.findIndex((block) => block.type === 'heading' && block.text === text)
  if (start < 0) return []
  const level = (blocks[start] as { level: number }).level
  const end = blocks.findIndex((block, i) => i > start && block.type === 'heading' && block.level <= level)
  return blocks.slice(start, end < 0 ? undefined : end)
}

const tables = (blocks: readonly ReportBlock[]): TableBlock[] =>
  blocks.filter((block): block is TableBlock => block.type === 'table')

describe('"Bewoners aan zet" in the gemeente report', () => {
  const model = buildReport(source, request('gemeente'))
  const chapter = section(model.blocks, 'Bewoners aan zet')

  it('has the chapter with key figures equal to the shared figures', () => {
    const figuresBlock = chapter.find((block) => block.type === 'key-figures')
    expect(
      figuresBlock?.type === 'key-figures' && figuresBlock.figures.map((f) => [f.label, f.value, f.target]),
    ).toEqual([
      ['Actieve bewoners', figures.residents.active, 15],
      ['Ideeën met een bewoner als trekker', figures.residents.ideasWithTrekker, undefined],
      ['Verbindingen tussen buren', figures.connections.made, 8],
      ['Warme overdrachten', figures.signals.handovers.handovers, undefined],
    ])
    expect(chapter.some((block) => block.type === 'chart')).toBe(true)
  })

  it('shows signals per street only for streets with 5 or more, the rest taken together', () => {
    const perStreet = tables(section(chapter, 'Signalen per straat'))[0]
    expect(
      perStreet?.rows.map((row) =>
        row.map((cell) => (typeof cell === 'string' ? cell : 'text' in cell ? cell.text : '')),
      ),
    ).toEqual([
      ['Brinkakkerweg', '6'],
      ['Overige straten (samen)', '8'],
      ['Totaal', '14'],
    ])
  })

  it('never shows a signal’s note, a contact person or a connection’s description', () => {
    const text = allText(model)
    for (const signal of demo.signals) if (signal.note) expect(text).not.toContain(signal.note)
    for (const signal of demo.signals)
      if (signal.handover?.contactPerson)
        expect(allText(section(model.blocks, 'Persoonlijke signalen'))).not.toContain(
          signal.handover.contactPerson,
        )
    for (const connection of demo.connections) expect(text).not.toContain(connection.description)
  })

  it('says per street is not shown when every street has fewer than 5 signals', () => {
    const few = {
      ...source,
      data: { ...source.data, signals: demo.signals.filter((s) => s.streetId !== demo.streets[0]?.id) },
    }
    const blocks = section(buildReport(few, request('gemeente')).blocks, 'Signalen per straat')
    expect(tables(blocks)).toEqual([])
    expect(allText(blocks)).toContain('Per straat zijn de aantallen te klein om te tonen')
  })

  it('speaks English in an English report', () => {
    const english = buildReport(source, request('gemeente', { language: 'en' }))
    const headings = english.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))
    expect(headings).toEqual(
      expect.arrayContaining([
        'Residents taking the lead',
        'Personal signals',
        'Warm handovers by kind of partner',
      ]),
    )
    expect(headings).not.toContain('Bewoners aan zet')
  })
})

describe('the partner report and the verantwoording', () => {
  it('gives a partner its handovers as counts and waiting time, without names', () => {
    const sociaal = demo.partners.find((partner) => partner.kind === 'sociaal-team')
    const model = buildReport(source, request('partner', { partnerId: sociaal?.id ?? '' }))
    const blocks = section(model.blocks, 'Warme overdrachten van signalen')
    const figuresBlock = blocks.find((block) => block.type === 'key-figures')
    expect(figuresBlock?.type === 'key-figures' && figuresBlock.figures.map((f) => f.display)).toEqual([
      '2',
      '1',
      '1',
      '6 dagen',
    ])
    expect(allText(blocks)).toContain('Het langst wachtende signaal wacht nu 10 dagen.')
    for (const signal of demo.signals) if (signal.note) expect(allText(model)).not.toContain(signal.note)
    const police = demo.partners.find((partner) => partner.kind === 'politie')
    const none = buildReport(source, request('partner', { partnerId: police?.id ?? '' }))
    expect(allText(section(none.blocks, 'Warme overdrachten van signalen'))).toContain(
      'Er zijn (nog) geen signalen warm overgedragen aan Politie',
    )
  })

  it('puts the optional goals for active residents and connections against what was achieved', () => {
    const model = buildReport(source, request('verantwoording'))
    const goals = tables(section(model.blocks, 'Doelen voor bewoners aan zet'))[0]
    expect(goals?.rows).toEqual([
      [
        'Actieve bewoners',
        '15',
        String(figures.residents.active),
        `${Math.round((figures.residents.active / 15) * 100)}%`,
      ],
      [
        'Verbindingen tussen buren',
        '8',
        String(figures.connections.made),
        `${Math.round((figures.connections.made / 8) * 100)}%`,
      ],
    ])
    const withoutGoals = {
      ...source,
      data: {
        ...source.data,
        programmes: [
          { ...demo.programme, goals: { addresses: 150, conversations: 250, ideas: 30, ideasRealised: 8 } },
        ],
      },
    }
    const blocks = section(
      buildReport(withoutGoals, request('verantwoording')).blocks,
      'Doelen voor bewoners aan zet',
    )
    expect(allText(blocks)).toContain(
      'Voor actieve bewoners en verbindingen zijn geen doelen in aantallen afgesproken.',
    )
  })
})
