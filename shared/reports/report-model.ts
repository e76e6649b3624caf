import { type ChartData } from '../charts/chart-data'
import { type Language, type ReportKind } from '../model'

/** Heading levels: they become Word's Heading 1–3 styles, so the navigation pane and contents work. */
export type HeadingLevel = 1 | 2 | 3

/** A section heading. */
export interface HeadingBlock {
  type: 'heading'
  level: HeadingLevel
  text: string
}

/** A paragraph of running text; `lead` is an introduction, `muted` a side note in smaller grey type. */
export interface ParagraphBlock {
  type: 'paragraph'
  text: string
  tone?: 'normal' | 'lead' | 'muted'
}

/** One key figure: a value, and where a goal is set, the goal and the share of it achieved. */
export interface KeyFigure {
  label: string
  value: number
  /** The value as printed ("98", "0,31", "12 dagen"). */
  display: string
  target?: number
  /** value / target × 100, rounded; only with a target. */
  percentage?: number
  /** A short line under the figure ("van 150 adressen"). */
  note?: string
}

/** A row of key figures, printed large. */
export interface KeyFiguresBlock {
  type: 'key-figures'
  figures: KeyFigure[]
}

/** A table column: its header, its width relative to the other columns, and its alignment. */
export interface TableColumn {
  header: string
  width: number
  align?: 'left' | 'right' | 'center'
}

/** A table cell: text, or text marked as strong, or an empty outcome box to tick on paper. */
export type TableCell = string | { text: string; strong?: boolean } | { box: true }

/** A table with a header row that repeats on every page. */
export interface TableBlock {
  type: 'table'
  columns: TableColumn[]
  rows: TableCell[][]
  /** The last row is a total and printed bold. */
  totalRow?: boolean
  /** Rows are filled in by hand: `line` leaves room for a note, `signature` for a signature. */
  writeIn?: 'line' | 'signature'
}

/** Label–value pairs, as a two-column table without a header (facts of one idea or session). */
export interface FactsBlock {
  type: 'facts'
  items: Array<{ label: string; value: string }>
}

/** A chart, drawn from the same data as the dashboard's. */
export interface ChartBlock {
  type: 'chart'
  chart: ChartData
}

/** A bulleted list. */
export interface BulletsBlock {
  type: 'bullets'
  items: string[]
}

/** Residents' own words, with who said it (a pseudonym such as "bewoner Dorpsstraat" by default). */
export interface QuoteBlock {
  type: 'quote'
  text: string
  attribution?: string
}

/** Starts a new page. */
export interface PageBreakBlock {
  type: 'page-break'
}

/** Everything a report body is made of. */
export type ReportBlock =
  | HeadingBlock
  | ParagraphBlock
  | KeyFiguresBlock
  | TableBlock
  | FactsBlock
  | ChartBlock
  | BulletsBlock
  | QuoteBlock
  | PageBreakBlock

/**
 * The title page. `full` is a cover page of its own; `compact` is a title block at the top of the
 * first page, for documents of a page or two (idea card, walk list, session report).
 */
export interface ReportCover {
  layout: 'full' | 'compact'
  /** The kind of document: "Voortgangsrapportage". */
  kindLabel: string
  /** The main title: the programme, partner, idea, session or street. */
  title: string
  subtitle?: string
  /** Programme, gemeente, period, author, date… in print order. */
  details: Array<{ label: string; value: string }>
  organisation: string
  /** A line on privacy: anonymised, or names included on request. */
  privacyNote: string
}

/** Words the renderer prints around the content. */
export interface ReportChrome {
  /** Running header, e.g. "Oldebroek Voor Mekaar — Voortgangsrapportage". */
  header: string
  /** Left part of the footer, e.g. the period. */
  footer: string
  page: string
  of: string
  /** Title of the table of contents; undefined for documents without one. */
  contents?: string
  /** The heading levels the contents list: 1, or 1 and 2 (the default). */
  contentsLevels?: 1 | 2
  /** Word for "chart" used in captions. */
  figure: string
  /** Word before a key figure's goal: "doel". */
  goal: string
  /** Alt text of the logo on the cover. */
  logoAlt: string
}

/** A report as plain data: what the Word renderer turns into a .docx, and what the preview outlines. */
export interface ReportModel {
  kind: ReportKind
  language: Language
  /** Document title (file properties). */
  title: string
  /** What the report is about, for the report history ("Woonstichting Broekland"). */
  subject: string
  /** Suggested file name, with .docx. */
  fileName: string
  orientation: 'portrait' | 'landscape'
  includesNames: boolean
  /** Who drew it up (settings), for the document's properties; may be empty. */
  author: string
  cover: ReportCover
  chrome: ReportChrome
  blocks: ReportBlock[]
}
