import { type ReportBlock, type ReportModel, type TableBlock } from '../../../shared/reports'
import { chartHeight } from '../docx-chart'
import { figureGoalLine } from '../docx-key-figures'
import {
  BOX_LINE,
  cellIsBold,
  cellText,
  columnWidths,
  KEEP_TOGETHER_ROWS,
  tableColumnWidths,
} from '../docx-table'
import {
  BULLET_LAST_AFTER,
  CHART,
  FIGURE_TILE,
  TABLE,
  TABLE_SPACER,
  TEXT,
  type TextGeometry,
  WRITE_IN_HEIGHTS,
} from '../report-geometry'
import { countLines } from './text-measure'

/**
 * A paragraph as the page layout sees it: a number of lines of one exact height, with the spacing
 * above and below. `canSplit` paragraphs may break across pages between lines.
 */
export interface LinesItem {
  kind: 'lines'
  id: string
  block: number
  lines: number
  line: number
  before: number
  after: number
  keepNext: boolean
  canSplit: boolean
  /** The model asks for a new page before it. */
  pageBreak?: boolean
}

/** A table: its header row (repeated on each page), its rows (which never break) and whether it stays on one page. */
export interface TableItem {
  kind: 'table'
  id: string
  block: number
  header: number
  rows: number[]
  keepTogether: boolean
  /** The space after the paragraph that follows every table. */
  after: number
  keepNext: boolean
  pageBreak?: boolean
}

/** Something that never breaks and has no spacing of its own (a row of key-figure tiles). */
export interface BoxItem {
  kind: 'box'
  id: string
  block: number
  height: number
  after: number
  keepNext: boolean
  pageBreak?: boolean
}

export type FlowItem = LinesItem | TableItem | BoxItem

/** Paragraphs of at least this many lines may break across pages; shorter ones move as a whole. */
export const SPLIT_FROM_LINES = 5

/** How a paragraph's font is measured. */
const fontOf = (geometry: TextGeometry) => ({
  size: geometry.size,
  bold: geometry.bold === true,
  italic: geometry.italic === true,
})

/** The width of a paragraph's lines: the column less its indents. */
const lineWidth = (geometry: TextGeometry, width: number): number =>
  width - (geometry.indentLeft ?? 0) - (geometry.indentRight ?? 0)

/** Whether text in a style takes so many lines that it may break across pages. */
function isLong(textValue: string, geometry: TextGeometry, width: number): boolean {
  return countLines(textValue, fontOf(geometry), lineWidth(geometry, width)) >= SPLIT_FROM_LINES
}

/** The text style of a paragraph block. */
export function paragraphGeometry(tone: 'normal' | 'lead' | 'muted' | undefined): TextGeometry {
  return tone === 'lead' ? TEXT.lead : tone === 'muted' ? TEXT.muted : TEXT.body
}

/**
 * Whether a paragraph block stays on the page of the block after it: short text that introduces a
 * table, chart, list or figures, and a short introduction between a heading and its first subheading.
 * A long paragraph never keeps with the next: Word and LibreOffice would move it whole, leaving the
 * heading above it alone at the foot of a page. The renderer and the layout both ask this, so they agree.
 */
export function paragraphKeepsWithNext(
  blocks: readonly ReportBlock[],
  index: number,
  width: number,
): boolean {
  const block = blocks[index]
  if (block?.type !== 'paragraph' || isLong(block.text, paragraphGeometry(block.tone), width)) return false
  const next = blocks[index + 1]
  const previous = blocks[index - 1]
  const introducesContent =
    next !== undefined && next.type !== 'heading' && next.type !== 'paragraph' && next.type !== 'page-break'
  const betweenHeadings =
    previous?.type === 'heading' && next?.type === 'heading' && previous.level < next.level
  return introducesContent || betweenHeadings
}

/**
 * What a quote block keeps with the paragraph after it: a short quote keeps with its source line (or,
 * without one, with a short side note after it), and the source line with such a note. A long quote
 * keeps with nothing: it breaks across pages like any text.
 */
export function quoteKeeps(
  blocks: readonly ReportBlock[],
  index: number,
  width: number,
): { quote: boolean; source: boolean } {
  const block = blocks[index]
  const next = blocks[index + 1]
  const withNote =
    next?.type === 'paragraph' && next.tone === 'muted' && !isLong(next.text, TEXT.muted, width)
  if (block?.type !== 'quote') return { quote: false, source: false }
  const short = !isLong(block.text, TEXT.quote, width)
  return { quote: short && (block.attribution !== undefined || withNote), source: withNote }
}

function linesItem(
  id: string,
  block: number,
  textValue: string,
  geometry: TextGeometry,
  width: number,
  options: { keepNext?: boolean; after?: number } = {},
): LinesItem {
  const lines = countLines(textValue, fontOf(geometry), lineWidth(geometry, width))
  return {
    kind: 'lines',
    id,
    block,
    lines,
    line: geometry.line,
    before: geometry.before,
    after: options.after ?? geometry.after,
    keepNext: options.keepNext ?? false,
    canSplit: lines >= SPLIT_FROM_LINES,
  }
}

/** A row of a table: padding, its tallest cell's lines, and the line below it. */
function rowHeight(cells: ReadonlyArray<{ text: string; bold: boolean }>, widths: readonly number[]): number {
  const lines = Math.max(
    1,
    ...cells.map((cell, i) =>
      countLines(
        cell.text,
        { size: TEXT.tableText.size, bold: cell.bold },
        (widths[i] ?? 0) - 2 * TABLE.paddingSide,
      ),
    ),
  )
  return TABLE.paddingTop + lines * TEXT.tableText.line + TABLE.paddingBottom + TABLE.rule
}

function tableItem(
  id: string,
  index: number,
  block: TableBlock,
  width: number,
  keepNext: boolean,
): TableItem {
  const widths = tableColumnWidths(block, width)
  const header = rowHeight(
    block.columns.map((column) => ({ text: column.header, bold: true })),
    widths,
  )
  const minimum = block.writeIn === undefined ? 0 : WRITE_IN_HEIGHTS[block.writeIn] + TABLE.rule
  const boxRow = TABLE.paddingTop + BOX_LINE + TABLE.paddingBottom + TABLE.rule
  const rows = block.rows.map((row, r) =>
    Math.max(
      minimum,
      row.some((cell) => typeof cell === 'object' && 'box' in cell) ? boxRow : 0,
      rowHeight(
        block.columns.map((_, i) => ({
          text: cellText(row[i] ?? ''),
          bold: cellIsBold(row[i] ?? '', block.totalRow === true && r === block.rows.length - 1),
        })),
        widths,
      ),
    ),
  )
  return {
    kind: 'table',
    id,
    block: index,
    header,
    rows,
    keepTogether: block.rows.length <= KEEP_TOGETHER_ROWS,
    after: TABLE_SPACER.afterTable,
    keepNext,
  }
}

/** The height of a key-figure tile: its value, label, note, goal and bar, and the padding. */
function tileHeight(
  figure: { display: string; label: string; note?: string; percentage?: number },
  goal: string | undefined,
  cellWidth: number,
): number {
  const inner = cellWidth - 2 * FIGURE_TILE.padding
  const t = FIGURE_TILE
  let height =
    t.value.line * countLines(figure.display, fontOf(t.value), inner) +
    Math.max(t.value.after, t.label.before) +
    t.label.line * countLines(figure.label, fontOf(t.label), inner)
  let after: number = t.label.after
  for (const note of [figure.note, goal]) {
    if (note === undefined) continue
    height += after + t.note.line * countLines(note, fontOf(t.note), inner)
    after = 0
  }
  if (figure.percentage !== undefined) {
    height += Math.max(after, t.bar.before) + t.bar.line
    after = 0
  }
  return t.padding + height + t.padding
}

/**
 * The blocks of a report as the page layout sees them, in the order the renderer writes them: each
 * heading, paragraph, list item, quote and chart a run of lines, each table its rows, each row of
 * key-figure tiles a box. `width` is the text column in DXA.
 */
export function flowItems(
  model: ReportModel,
  width: number,
  formatNumber: (value: number) => string,
): FlowItem[] {
  const items: FlowItem[] = []
  let breakNext = false
  model.blocks.forEach((block, index) => {
    if (block.type === 'page-break') {
      breakNext = true
      return
    }
    const first = items.length
    const next = model.blocks[index + 1]
    const id = (part: number) => `${index}:${part}`
    switch (block.type) {
      case 'heading': {
        const geometry = block.level === 1 ? TEXT.heading1 : block.level === 2 ? TEXT.heading2 : TEXT.heading3
        items.push(linesItem(id(0), index, block.text, geometry, width, { keepNext: next !== undefined }))
        break
      }
      case 'paragraph': {
        const geometry = paragraphGeometry(block.tone)
        const keepNext = paragraphKeepsWithNext(model.blocks, index, width)
        items.push(linesItem(id(0), index, block.text, geometry, width, { keepNext }))
        break
      }
      case 'bullets':
        block.items.forEach((item, i) => {
          const last = i === block.items.length - 1
          items.push(
            linesItem(id(i), index, item, TEXT.bullet, width, {
              after: last ? BULLET_LAST_AFTER : TEXT.bullet.after,
            }),
          )
        })
        break
      case 'quote': {
        const keeps = quoteKeeps(model.blocks, index, width)
        items.push(linesItem(id(0), index, block.text, TEXT.quote, width, { keepNext: keeps.quote }))
        if (block.attribution !== undefined)
          items.push(
            linesItem(id(1), index, `— ${block.attribution}`, TEXT.quoteSource, width, {
              keepNext: keeps.source,
            }),
          )
        break
      }
      case 'chart': {
        // A chart's line is as tall as the drawing; the drawing is measured in pixels at 96 dpi.
        const height = chartHeight(block.chart) * 15
        items.push({
          kind: 'lines',
          id: id(0),
          block: index,
          lines: 1,
          line: height,
          before: CHART.before,
          after: CHART.after,
          keepNext: false,
          canSplit: false,
        })
        break
      }
      case 'table':
        items.push(tableItem(id(0), index, block, width, false))
        break
      case 'facts': {
        const widths = columnWidths([30, 70], width)
        const rows = block.items.map((item) =>
          rowHeight(
            [
              { text: item.label, bold: true },
              { text: item.value, bold: false },
            ],
            widths,
          ),
        )
        items.push({
          kind: 'table',
          id: id(0),
          block: index,
          header: 0,
          rows,
          keepTogether: true,
          after: TABLE_SPACER.afterTable,
          keepNext: next?.type === 'heading' && next.level === 3,
        })
        break
      }
      case 'key-figures':
        for (let start = 0, row = 0; start < block.figures.length; start += FIGURE_TILE.perRow, row += 1) {
          const figures = block.figures.slice(start, start + FIGURE_TILE.perRow)
          const cellWidth = Math.min(
            ...columnWidths(
              figures.map(() => 1),
              width,
            ),
          )
          const height = Math.max(
            ...figures.map((figure) =>
              tileHeight(figure, figureGoalLine(figure, model.chrome.goal, formatNumber), cellWidth),
            ),
          )
          items.push({
            kind: 'box',
            id: id(row),
            block: index,
            height: height + FIGURE_TILE.topRule + TABLE_SPACER.line,
            after: TABLE_SPACER.afterFigures,
            keepNext: false,
          })
        }
        break
    }
    const opening = items[first]
    if (breakNext && opening) opening.pageBreak = true
    breakNext = false
  })
  return items
}
