import { againstGoal, wholePercent } from '../domain/key-figures'
import { type ChartData } from '../charts/chart-data'
import {
  type FactsBlock,
  type HeadingBlock,
  type HeadingLevel,
  type KeyFigure,
  type ParagraphBlock,
  type ReportBlock,
  type TableBlock,
  type TableCell,
  type TableColumn,
} from './report-model'

/** A heading block. */
export function heading(level: HeadingLevel, text: string): HeadingBlock {
  return { type: 'heading', level, text }
}

/** A paragraph block; empty text gives no block. */
export function paragraph(text: string, tone: ParagraphBlock['tone'] = 'normal'): ReportBlock[] {
  return text.trim() === '' ? [] : [{ type: 'paragraph', text, tone }]
}

/** Free text from the store as paragraphs: one per blank-line-separated part. */
export function paragraphs(text: string, tone: ParagraphBlock['tone'] = 'normal'): ReportBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): ReportBlock => ({ type: 'paragraph', text: part, tone }))
}

/** A table block; `widths` are relative. */
export function table(
  columns: Array<[header: string, width: number, align?: TableColumn['align']]>,
  rows: TableCell[][],
  totalRow = false,
): TableBlock {
  return {
    type: 'table',
    columns: columns.map(([header, width, align]) => ({ header, width, align: align ?? 'left' })),
    rows,
    totalRow,
  }
}

/** Label–value facts; items with an empty value are left out. */
export function facts(items: Array<[label: string, value: string]>): FactsBlock {
  return {
    type: 'facts',
    items: items.filter(([, value]) => value.trim() !== '').map(([label, value]) => ({ label, value })),
  }
}

/** A bulleted list; no block when there are no items. */
export function bullets(items: string[]): ReportBlock[] {
  return items.length === 0 ? [] : [{ type: 'bullets', items }]
}

/** A quote of residents' words; no block for empty text, no source line for an empty source. */
export function quote(text: string, attribution?: string): ReportBlock[] {
  if (text.trim() === '') return []
  return [
    attribution === undefined || attribution.trim() === ''
      ? { type: 'quote', text: text.trim() }
      : { type: 'quote', text: text.trim(), attribution },
  ]
}

/** A chart block; no block without data. */
export function chart(data: ChartData | undefined): ReportBlock[] {
  if (
    !data ||
    data.categories.length === 0 ||
    data.series.every((series) => series.values.every((value) => value === 0))
  )
    return []
  return [{ type: 'chart', chart: data }]
}

/** A key figure with an optional target; the percentage is filled in when a target is set. */
export function keyFigure(
  label: string,
  value: number,
  display: string,
  target?: number,
  note?: string,
): KeyFigure {
  const figure: KeyFigure = { label, value, display }
  if (target !== undefined && target > 0) {
    figure.target = target
    figure.percentage = wholePercent(againstGoal(value, target).share ?? 0)
  }
  if (note !== undefined) figure.note = note
  return figure
}

/** A page break. */
export const pageBreak: ReportBlock = { type: 'page-break' }
