import { type Language, type ReportKind } from '../model'
import { type HeadingLevel, type ReportModel } from './report-model'

/** What a report will contain, without rendering it: for the preview on the Rapporten page. */
export interface ReportOutline {
  kind: ReportKind
  language: Language
  title: string
  kindLabel: string
  subject: string
  fileName: string
  includesNames: boolean
  /** The cover's details (programme, gemeente, period, author, date…). */
  cover: Array<{ label: string; value: string }>
  headings: Array<{ level: HeadingLevel; text: string }>
  counts: {
    headings: number
    paragraphs: number
    tables: number
    tableRows: number
    charts: number
    keyFigures: number
    quotes: number
    bulletItems: number
  }
  /** Key figures as label and value, e.g. "Adressen bereikt: 98". */
  keyFigures: Array<{ label: string; display: string }>
}

/** The outline of a model: title, section headings and counts of what the document holds. */
export function outlineOf(model: ReportModel): ReportOutline {
  const counts: ReportOutline['counts'] = {
    headings: 0,
    paragraphs: 0,
    tables: 0,
    tableRows: 0,
    charts: 0,
    keyFigures: 0,
    quotes: 0,
    bulletItems: 0,
  }
  const headings: ReportOutline['headings'] = []
  const keyFigures: ReportOutline['keyFigures'] = []
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
        counts.headings += 1
        headings.push({ level: block.level, text: block.text })
        break
      case 'paragraph':
        counts.paragraphs += 1
        break
      case 'table':
        counts.tables += 1
        counts.tableRows += block.rows.length
        break
      case 'facts':
        counts.tables += 1
        counts.tableRows += block.items.length
        break
      case 'chart':
        counts.charts += 1
        break
      case 'key-figures':
        counts.keyFigures += block.figures.length
        keyFigures.push(...block.figures.map((figure) => ({ label: figure.label, display: figure.display })))
        break
      case 'quote':
        counts.quotes += 1
        break
      case 'bullets':
        counts.bulletItems += block.items.length
        break
      case 'page-break':
        break
    }
  }
  return {
    kind: model.kind,
    language: model.language,
    title: model.title,
    kindLabel: model.cover.kindLabel,
    subject: model.subject,
    fileName: model.fileName,
    includesNames: model.includesNames,
    cover: model.cover.details,
    headings,
    counts,
    keyFigures,
  }
}
