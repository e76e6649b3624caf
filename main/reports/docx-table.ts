import { BorderStyle, type ITableBordersOptions } from 'docx'
import { type FactsBlock, type TableBlock, type TableCell as ModelCell } from '../../shared/reports'
import { STYLE } from './docx-styles'
import { paragraphXml, runsXml } from './docx-xml-text'
import { longestWordWidth } from './layout/text-measure'
import { TABLE, TEXT, WRITE_IN_HEIGHTS } from './report-geometry'
import { type ReportTheme } from './report-theme'

/** Splits `total` DXA over relative widths in whole numbers that add up to exactly `total`. */
export function columnWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((acc, width) => acc + Math.max(width, 0), 0)
  const safe = sum > 0 ? relative.map((width) => Math.max(width, 0)) : relative.map(() => 1)
  const safeSum = sum > 0 ? sum : relative.length
  const widths = safe.map((width) => Math.floor((width / safeSum) * total))
  const rest = total - widths.reduce((acc, width) => acc + width, 0)
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest
  return widths
}

/** A cell's side padding, and a little room so a word that just fits is not broken after all. */
const CELL_PADDING = 2 * TABLE.paddingSide + 40

/** The text of a cell; an outcome box counts as the box character. */
export function cellText(cell: ModelCell): string {
  return typeof cell === 'string' ? cell : 'text' in cell ? cell.text : '\u2610'
}

/** Whether a cell's text is bold: header, total row or a strong cell. */
export function cellIsBold(cell: ModelCell, totalRow: boolean): boolean {
  return totalRow || (typeof cell === 'object' && 'strong' in cell && cell.strong === true)
}

/**
 * The column widths of a data table in DXA, adding up to `width`: the relative widths, but no column
 * narrower than its longest word in the header (bold) or any cell, so "Samengevoegd" never breaks.
 */
export function tableColumnWidths(block: TableBlock, width: number): number[] {
  // The layout and every page's part of a long table ask for the same widths: measured once.
  const cached = measuredWidths.get(block)
  if (cached?.width === width) return cached.widths
  const widths = measureColumnWidths(block, width)
  measuredWidths.set(block, { width, widths })
  return widths
}

const measuredWidths = new WeakMap<TableBlock, { width: number; widths: number[] }>()

function measureColumnWidths(block: TableBlock, width: number): number[] {
  const font = { size: TEXT.tableText.size }
  const minimums = block.columns.map((column, i) => {
    const longest = Math.max(
      longestWordWidth(column.header, { ...font, bold: true }),
      ...block.rows.map((row, r) =>
        longestWordWidth(cellText(row[i] ?? ''), {
          ...font,
          bold: cellIsBold(row[i] ?? '', block.totalRow === true && r === block.rows.length - 1),
        }),
      ),
    )
    return Math.ceil(longest) + CELL_PADDING
  })
  return fitColumnWidths(
    block.columns.map((column) => column.width),
    minimums,
    width,
  )
}

/** No column is narrower than this (DXA), whatever its neighbours need. */
const NARROWEST = 500

/**
 * Column widths in DXA that add up to `total`: the relative widths, but no column narrower than its
 * longest word (so "Korenschoofstraat" never breaks mid-word), taking the difference from columns
 * that have room to spare. A column's minimum is capped at 45% of the table and at one and a half
 * times an even share, so one column with an absurdly long word cannot squeeze its neighbours'
 * ordinary words apart; when the minimums together still ask for more than the table has, they are
 * shrunk alike, and no column gets less than a narrow floor (never a negative width).
 */
export function fitColumnWidths(
  relative: readonly number[],
  minimums: readonly number[],
  total: number,
): number[] {
  const count = Math.max(1, relative.length)
  const floor = Math.min(NARROWEST, Math.floor(total / count))
  const cap = Math.floor(Math.min(total * 0.45, (1.5 * total) / count))
  let mins = relative.map((_, i) => Math.max(floor, Math.min(minimums[i] ?? 0, cap)))
  const asked = mins.reduce((sum, min) => sum + min, 0)
  if (asked > total) {
    const spare = total - floor * count
    const extra = asked - floor * count
    mins = mins.map((min) => floor + Math.floor(((min - floor) * spare) / extra))
  }
  const widths = columnWidths(relative, total).map((width, i) => Math.max(width, mins[i] ?? floor))
  // Give back what the raised columns took, from the columns above their minimum, alike.
  for (let round = 0; round < 8; round++) {
    const over = widths.reduce((sum, width) => sum + width, 0) - total
    if (over <= 0) break
    const room = widths.map((width, i) => Math.max(0, width - (mins[i] ?? floor)))
    const roomSum = room.reduce((sum, value) => sum + value, 0)
    if (roomSum === 0) break
    const take = Math.min(over, roomSum)
    for (let i = 0; i < widths.length; i++)
      widths[i] = (widths[i] ?? 0) - Math.ceil(((room[i] ?? 0) / roomSum) * take)
  }
  // Rounding leaves a few DXA over or short: the widest column absorbs them.
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((sum, width) => sum + width, 0)
  return widths
}

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }

/** No table-level borders, for layout tables (cover, key-figure tiles) whose cells draw their own lines. */
export const noTableBorders: ITableBordersOptions = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
}

const writeInHeights = WRITE_IN_HEIGHTS

/** The line of an outcome box (DXA): the 12 pt square needs more than a line of 9 pt text. */
export const BOX_LINE = 320

/** Tables up to this many rows are kept on one page (when they fit); longer ones break between rows. */
export const KEEP_TOGETHER_ROWS = 15

/** Light zebra striping of every second row. */
const ZEBRA_FILL = 'F6F7F7'

/**
 * The start of a data table: full text width, fixed layout, light lines above, between and below the
 * rows (none between columns) and the cell padding, all set once on the table rather than on every
 * cell, and the grid with the column widths.
 */
function tableStartXml(theme: ReportTheme, width: number, widths: readonly number[]): string {
  const line = (side: string): string => `<w:${side} w:val="single" w:color="${theme.line}" w:sz="4"/>`
  const noLine = (side: string): string => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`
  const margin = (side: string, value: number): string => `<w:${side} w:type="dxa" w:w="${value}"/>`
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>` +
    `<w:tblBorders>${line('top')}${noLine('left')}${line('bottom')}${noLine('right')}` +
    `${line('insideH')}${noLine('insideV')}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${margin('top', TABLE.paddingTop)}${margin('left', TABLE.paddingSide)}` +
    `${margin('bottom', TABLE.paddingBottom)}${margin('right', TABLE.paddingSide)}` +
    `</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  )
}

/** A row that never breaks across pages; a header row repeats on every page. */
function rowXml(cells: string, options: { header?: boolean; minHeight?: number } = {}): string {
  const height =
    options.minHeight === undefined ? '' : `<w:trHeight w:val="${options.minHeight}" w:hRule="atLeast"/>`
  const header = options.header ? '<w:tblHeader/>' : ''
  return `<w:tr><w:trPr><w:cantSplit/>${height}${header}</w:trPr>${cells}</w:tr>`
}

/** A cell with an explicit width in DXA (so LibreOffice keeps it), an optional fill, and its paragraph. */
function cellXml(
  width: number,
  paragraph: string,
  options: { fill?: string; verticalAlign?: 'center' | 'bottom' } = {},
): string {
  const fill =
    options.fill === undefined ? '' : `<w:shd w:fill="${options.fill}" w:color="auto" w:val="clear"/>`
  const align = options.verticalAlign === undefined ? '' : `<w:vAlign w:val="${options.verticalAlign}"/>`
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${fill}${align}</w:tcPr>${paragraph}</w:tc>`
}

function cellParagraph(
  cell: ModelCell,
  align: 'left' | 'right' | 'center',
  bold: boolean,
  keepNext: boolean,
): string {
  if (typeof cell === 'object' && 'box' in cell) {
    // An empty square to tick on paper; U+2610 is in the symbol fonts of Windows, macOS and LibreOffice.
    return paragraphXml(
      { style: STYLE.tableText, keepNext, alignment: 'center', line: BOX_LINE },
      runsXml('\u2610', { font: 'Segoe UI Symbol', size: 24 }),
    )
  }
  const strong = bold || (typeof cell === 'object' && cell.strong === true)
  return paragraphXml(
    { style: STYLE.tableText, keepNext, alignment: align },
    runsXml(cellText(cell), { bold: strong }),
  )
}

/**
 * A data table as WordprocessingML: fixed layout, explicit widths in DXA on both the grid and every
 * cell, a header row in the accent colour that repeats on every page, rows that do not break across
 * pages, light zebra striping and an optional bold total row. No column is narrower than its longest
 * word; short tables stay on one page.
 */
export function tableXml(
  block: TableBlock,
  theme: ReportTheme,
  width: number,
  options: { keepTogether?: boolean; rows?: [start: number, end: number] } = {},
): string {
  const widths = tableColumnWidths(block, width)
  const keepTogether = options.keepTogether ?? block.rows.length <= KEEP_TOGETHER_ROWS
  const header = rowXml(
    block.columns
      .map((column, i) =>
        cellXml(
          widths[i] ?? 0,
          paragraphXml({ style: STYLE.tableHeader, alignment: column.align }, runsXml(column.header)),
          { fill: theme.accent, verticalAlign: 'bottom' },
        ),
      )
      .join(''),
    { header: true },
  )
  const minHeight = block.writeIn ? writeInHeights[block.writeIn] : undefined
  const [first, end] = options.rows ?? [0, block.rows.length]
  const rows = block.rows.slice(first, end).map((cells, i) => {
    const r = first + i
    const total = block.totalRow === true && r === block.rows.length - 1
    const fill = total ? theme.tint : r % 2 === 1 ? ZEBRA_FILL : undefined
    const keepNext = keepTogether && r < end - 1
    return rowXml(
      block.columns
        .map((column, i) =>
          cellXml(widths[i] ?? 0, cellParagraph(cells[i] ?? '', column.align ?? 'left', total, keepNext), {
            fill,
            verticalAlign: 'center',
          }),
        )
        .join(''),
      { minHeight },
    )
  })
  return `${tableStartXml(theme, width, widths)}${header}${rows.join('')}</w:tbl>`
}

/**
 * Label–value facts as a two-column table without a header: labels in grey, values in text colour.
 * The rows stay together; with `keepWithNext` the last row stays with what follows too.
 */
export function factsXml(block: FactsBlock, theme: ReportTheme, width: number, keepWithNext = false): string {
  const widths = columnWidths([30, 70], width)
  const rows = block.items.map((item, r) => {
    const keepNext = keepWithNext || r < block.items.length - 1
    const label = paragraphXml(
      { style: STYLE.tableText, keepNext },
      runsXml(item.label, { bold: true, color: theme.muted }),
    )
    const value = paragraphXml({ style: STYLE.tableText, keepNext }, runsXml(item.value))
    return rowXml(cellXml(widths[0] ?? 0, label, { fill: theme.tint }) + cellXml(widths[1] ?? 0, value))
  })
  return `${tableStartXml(theme, width, widths)}${rows.join('')}</w:tbl>`
}
