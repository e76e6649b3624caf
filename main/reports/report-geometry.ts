/**
 * The measurements of every kind of line in a report, in one place: the Word styles are written from
 * them, and the layout estimator (layout/) lays the pages out with them. Lines have an exact height,
 * so a page holds the same lines in Word and in LibreOffice. Sizes in half-points, lengths in DXA
 * (twentieths of a point).
 */

/** A kind of text: its type size, exact line height, paragraph spacing and indents. */
export interface TextGeometry {
  /** Half-points. */
  size: number
  /** Exact line height in DXA. */
  line: number
  before: number
  after: number
  bold?: boolean
  italic?: boolean
  /** Indents from the left and right of the text column. */
  indentLeft?: number
  indentRight?: number
}

const text = (
  size: number,
  line: number,
  before: number,
  after: number,
  extra: Partial<TextGeometry> = {},
) => ({
  size,
  line,
  before,
  after,
  ...extra,
})

/** The text styles of the body, the contents and the header and footer. */
export const TEXT = {
  body: text(20, 264, 0, 120),
  lead: text(22, 290, 0, 160),
  muted: text(18, 240, 60, 120),
  quote: text(21, 280, 120, 40, { italic: true, indentLeft: 340, indentRight: 340 }),
  quoteSource: text(18, 240, 0, 160, { indentLeft: 340, indentRight: 340 }),
  bullet: text(20, 264, 0, 60, { indentLeft: 720 }),
  heading1: text(32, 400, 360, 120, { bold: true }),
  heading2: text(25, 320, 280, 100, { bold: true }),
  heading3: text(22, 290, 200, 80, { bold: true }),
  tableText: text(18, 216, 0, 0),
  small: text(16, 200, 0, 0),
  contentsTitle: text(32, 400, 0, 240, { bold: true }),
  toc1: text(21, 280, 120, 40, { bold: true }),
  toc2: text(20, 264, 0, 40, { indentLeft: 360 }),
} as const satisfies Record<string, TextGeometry>

/** Space after the last item of a bulleted list. */
export const BULLET_LAST_AFTER = 160

/** The paragraph after a table (Word needs one between two tables): one point high, then this space. */
export const TABLE_SPACER = { line: 20, afterTable: 160, afterFigures: 80 } as const

/** Table cells: padding above and below, and the width of the lines between rows. */
export const TABLE = { paddingTop: 60, paddingBottom: 60, paddingSide: 100, rule: 10 } as const

/** Minimum row heights (DXA) of rows filled in by hand: room for a note, or for a signature. */
export const WRITE_IN_HEIGHTS = { line: 520, signature: 1100 } as const

/** Key-figure tiles: padding, the accent line on top, and the lines inside a tile. */
export const FIGURE_TILE = {
  padding: 140,
  topRule: 60,
  value: text(44, 520, 0, 0, { bold: true }),
  label: text(18, 240, 20, 40, { bold: true }),
  note: text(16, 200, 0, 0),
  bar: { line: 160, before: 60 },
  perRow: 4,
  gap: 160,
} as const

/** A chart's paragraph: centred, with this space above and below the drawing. */
export const CHART = { before: 120, after: 200 } as const
