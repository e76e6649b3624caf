import { describe, expect, it } from 'vitest'
import { type FlowItem, type LinesItem, type TableItem } from '../../../main/reports/layout/flow-items'
import { paginate } from '../../../main/reports/layout/paginate'
import { countLines, longestWordWidth, textWidth } from '../../../main/reports/layout/text-measure'
import { TABLE, TABLE_SPACER } from '../../../main/reports/report-geometry'
import { columnWidths, tableColumnWidths } from '../../../main/reports/docx-table'
import { table } from '../../../shared/reports/report-blocks'

describe('measuring text in Arial', () => {
  it('uses Arial’s advance widths: "M" is 1706/2048 em, a space 569/2048', () => {
    expect(textWidth('M', { size: 20 })).toBeCloseTo((1706 / 2048) * 10 * 20, 6)
    expect(textWidth(' ', { size: 20 })).toBeCloseTo((569 / 2048) * 10 * 20, 6)
    expect(textWidth('M', { size: 20, bold: true })).toBeCloseTo((1706 / 2048) * 200, 6)
    expect(textWidth('ij', { size: 18 })).toBeLessThan(textWidth('MW', { size: 18 }))
  })

  it('counts a character it does not know as a full em', () => {
    expect(textWidth('\u4e2d', { size: 20 })).toBeCloseTo(200, 6)
  })

  it('fills lines word by word, breaks after a hyphen between letters, and at line breaks', () => {
    const font = { size: 20 }
    const word = textWidth('speeltuin', font)
    const space = textWidth(' ', font)
    expect(countLines('speeltuin speeltuin', font, 2 * word + space)).toBe(1)
    expect(countLines('speeltuin speeltuin', font, 2 * word + space - 1)).toBe(2)
    expect(countLines('', font, 1000)).toBe(1)
    expect(countLines('een\ntwee\ndrie', font, 5000)).toBe(3)
    // "een jeu-de-" | "boules": without the break after the hyphen it would take three lines.
    expect(countLines('een jeu-de-boules', font, textWidth('een jeu-de-', font) + 1)).toBe(2)
    // A word wider than the line is broken between characters.
    expect(countLines('x'.repeat(40), font, textWidth('x'.repeat(10), font) + 1)).toBe(4)
  })

  it('gives a column room for its longest word, so "Samengevoegd" does not break', () => {
    const block = table(
      [
        ['Idee', 80, 'left'],
        ['Status', 10, 'left'],
        ['Ideeën', 10, 'right'],
      ],
      [['Bankje bij het speelveld', 'Samengevoegd', '3']],
    )
    const widths = tableColumnWidths(block, 9638)
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9638)
    const needed = longestWordWidth('Samengevoegd', { size: 18 }) + 2 * TABLE.paddingSide
    expect(widths[1]).toBeGreaterThanOrEqual(needed)
    expect(columnWidths([30, 70], 1000)).toEqual([300, 700])
  })
})

const LINE = 264
const lines = (id: string, count: number, extra: Partial<LinesItem> = {}): LinesItem => ({
  kind: 'lines',
  id,
  block: 0,
  lines: count,
  line: LINE,
  before: 0,
  after: 120,
  keepNext: false,
  canSplit: count >= 5,
  ...extra,
})
const heading = (id: string): LinesItem =>
  lines(id, 1, { line: 400, before: 360, after: 120, keepNext: true })
const rows = (id: string, count: number, keepTogether = false): TableItem => ({
  kind: 'table',
  id,
  block: 0,
  header: 370,
  rows: Array.from({ length: count }, () => 370),
  keepTogether,
  after: 160,
  keepNext: false,
})

/** A page 50 lines high, filled to 48 lines. */
const frame = { height: 50 * LINE, slack: 2 * LINE }

describe('laying out the pages', () => {
  it('puts what fits on the first page and starts it with a page break', () => {
    const result = paginate([heading('h'), lines('a', 3), lines('b', 3)], 3, frame)
    expect(result.lastPage).toBe(3)
    expect([...result.pageOf.values()]).toEqual([3, 3, 3])
    // Space before a heading counts at the top of a page that starts with a page break.
    expect(result.topOf.get('h')).toBe(360)
    expect(result.topOf.get('a')).toBe(360 + 400 + 120)
  })

  it('takes a heading along to the next page rather than leave it at the foot of one', () => {
    const items: FlowItem[] = [lines('fill', 45), heading('h'), lines('text', 4)]
    const result = paginate(items, 1, frame)
    expect(result.pageOf.get('h')).toBe(2)
    expect(result.pageOf.get('text')).toBe(2)
    expect(result.breakBefore.has('h')).toBe(true)
  })

  it('lets what ends a report, or comes before a new page it asks for, fill the page closer to its foot', () => {
    // The last three lines fit only near the foot of the page, not under the room kept free.
    const items: FlowItem[] = [heading('h'), lines('fill', 42, { after: 0 }), lines('end', 3)]
    const last = paginate(items, 1, { ...frame, lastNumbered: 0 })
    expect(last.pageOf.get('end')).toBe(1)
    expect(last.lastPage).toBe(1)
    const beforeBreak = paginate([...items, lines('appendix', 2, { pageBreak: true })], 1, frame)
    expect(beforeBreak.pageOf.get('end')).toBe(1)
    expect(beforeBreak.pageOf.get('appendix')).toBe(2)
    // Not when more follows on the same page that would not fit either.
    const more = paginate([...items, lines('more', 4)], 1, { ...frame, lastNumbered: 0 })
    expect(more.pageOf.get('end')).toBe(2)
  })

  it('does not leave a short closing paragraph alone on a page: the item before it goes along', () => {
    const items: FlowItem[] = [heading('h'), lines('fill', 41), lines('item', 2), lines('closing', 3)]
    const result = paginate(items, 1, frame)
    expect(result.pageOf.get('closing')).toBe(2)
    expect(result.pageOf.get('item')).toBe(2)
    expect(result.breakBefore.has('item')).toBe(true)
  })

  it('starts a new page where the report asks for one', () => {
    const result = paginate([lines('a', 3), heading('h'), lines('b', 3, { pageBreak: true })], 1, frame)
    expect(result.pageOf.get('h')).toBe(1)
    expect(result.pageOf.get('b')).toBe(2)
    expect(result.breakBefore.has('b')).toBe(true)
  })

  it('overlaps space after and space before, and leaves out space before at the top of a continued page', () => {
    const result = paginate([lines('a', 1, { after: 120 }), lines('b', 1, { before: 200 })], 1, frame)
    expect(result.topOf.get('b')).toBe(LINE + 200)
  })

  it('breaks a long table between rows, each page with room to spare and the header again', () => {
    const result = paginate([lines('intro', 2), rows('t', 80)], 1, frame)
    const breaks = result.tableBreaks.get('t') ?? []
    expect(breaks.length).toBeGreaterThanOrEqual(2)
    const fill = frame.height - frame.slack
    const starts = [0, ...breaks, 80]
    starts.slice(0, -1).forEach((start, i) => {
      const count = (starts[i + 1] ?? 0) - start
      const top = i === 0 ? 2 * LINE + 120 : TABLE_SPACER.line
      expect(top + 370 + count * 370 + TABLE.rule).toBeLessThanOrEqual(fill)
      // One more row would not have fitted.
      if (i < starts.length - 2) expect(top + 370 + (count + 1) * 370 + TABLE.rule).toBeGreaterThan(fill)
    })
    expect(result.lastPage).toBe(1 + breaks.length)
  })

  it('moves a short table that does not fit to the next page whole', () => {
    const result = paginate([lines('fill', 40), rows('t', 10, true)], 1, frame)
    expect(result.breakBefore.has('t')).toBe(true)
    expect(result.pageOf.get('t')).toBe(2)
    expect(result.tableBreaks.has('t')).toBe(false)
  })

  it('breaks a short table after its first rows when, with its heading, it would overrun a page', () => {
    // 14 rows fit on a page alone, but not with the heading above them.
    const items: FlowItem[] = [lines('fill', 30), heading('h'), rows('t', 33, true)]
    const result = paginate(items, 1, frame)
    expect(result.pageOf.get('h')).toBe(result.pageOf.get('t'))
    expect(result.breakBefore.has('t')).toBe(false)
    expect((result.tableBreaks.get('t') ?? []).length).toBeGreaterThan(0)
  })

  it('lets a long paragraph break across pages by itself, keeping at least two lines on each', () => {
    const result = paginate([lines('fill', 30), lines('story', 40), lines('after', 1)], 1, frame)
    expect(result.breakBefore.has('story')).toBe(false)
    expect(result.pageOf.get('story')).toBe(1)
    expect(result.pageOf.get('after')).toBe(2)
    expect(result.breakBefore.has('after')).toBe(false)
  })

  it('adds space above a long paragraph’s heading when it would end too close to the foot of the page to call', () => {
    // 3 + 1 + 45 lines end right around the foot of a 50-line page.
    const items: FlowItem[] = [lines('fill', 2), heading('h'), lines('story', 45), lines('after', 1)]
    const result = paginate(items, 1, frame)
    const extra = result.extraBefore.get('h') ?? 0
    expect(extra).toBeGreaterThan(0)
    expect(result.pageOf.get('h')).toBe(1)
    expect(result.pageOf.get('after')).toBe(2)
  })
})
