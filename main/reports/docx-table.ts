import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  type ITableBordersOptions,
  type ITableCellBorders,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'
import { type FactsBlock, type TableBlock, type TableCell as ModelCell } from '../../shared/reports'
import { STYLE } from './docx-styles'
import { textRuns } from './docx-text'
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

/** Approximate width of one character of 9 pt Arial (bold included) in DXA, and a cell's side margins. */
const CHAR_WIDTH = 100
const CELL_PADDING = 240

function cellText(cell: ModelCell): string {
  return typeof cell === 'string' ? cell : 'text' in cell ? cell.text : '\u2610'
}

function longestWord(text: string): number {
  return text.split(/[\s/]+|(?<=-)/).reduce((max, word) => Math.max(max, [...word].length), 0)
}

/**
 * Column widths in DXA that add up to `total`: the relative widths, but no column narrower than its
 * longest word (so "Korenschoofstraat" never breaks mid-word), taking the difference from columns
 * that have room to spare. A column's minimum is capped at 45% of the table.
 */
export function fitColumnWidths(
  relative: readonly number[],
  minimums: readonly number[],
  total: number,
): number[] {
  const widths = columnWidths(relative, total)
  const mins = minimums.map((min) => Math.min(min, Math.floor(total * 0.45)))
  for (let round = 0; round < 5; round++) {
    const deficit = widths.reduce((sum, width, i) => sum + Math.max(0, (mins[i] ?? 0) - width), 0)
    if (deficit === 0) break
    const spare = widths.map((width, i) => Math.max(0, width - (mins[i] ?? 0)))
    const spareSum = spare.reduce((sum, value) => sum + value, 0)
    if (spareSum === 0) break
    const take = Math.min(deficit, spareSum)
    for (let i = 0; i < widths.length; i++) {
      const width = widths[i] ?? 0
      const min = mins[i] ?? 0
      widths[i] = width < min ? min : width - Math.floor(((spare[i] ?? 0) / spareSum) * take)
    }
  }
  // Rounding leaves a few DXA over or short: the widest column absorbs them.
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((sum, width) => sum + width, 0)
  return widths
}

const alignments = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const

/** Cell borders: light lines between rows, none between columns. */
function borders(theme: ReportTheme): ITableCellBorders {
  const line = { style: BorderStyle.SINGLE, size: 4, color: theme.line }
  const side = { style: BorderStyle.NONE, size: 0, color: 'auto' }
  return { top: line, bottom: line, left: side, right: side }
}

const margins = { top: 60, bottom: 60, left: 100, right: 100 }

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }
/** No table-level borders: the cells draw their own lines, so nothing else shows through. */
export const noTableBorders: ITableBordersOptions = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
}

/** Minimum row heights (DXA) of rows filled in by hand: room for a note, or for a signature. */
const writeInHeights = { line: 520, signature: 1100 } as const

function cellContent(
  cell: ModelCell,
  align: keyof typeof alignments,
  bold: boolean,
  keepNext: boolean,
): Paragraph {
  if (typeof cell === 'object' && 'box' in cell) {
    // An empty square to tick on paper; U+2610 is in the symbol fonts of Windows, macOS and LibreOffice.
    return new Paragraph({
      style: STYLE.tableText,
      keepNext,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: '\u2610', size: 24, font: 'Segoe UI Symbol' })],
    })
  }
  const strong = bold || (typeof cell === 'object' && cell.strong === true)
  return new Paragraph({
    style: STYLE.tableText,
    keepNext,
    alignment: alignments[align],
    children: textRuns(cellText(cell), strong ? { bold: true } : {}),
  })
}

/** Tables up to this many rows are kept on one page (when they fit); longer ones break between rows. */
const KEEP_TOGETHER_ROWS = 15

/**
 * A data table: fixed layout, explicit widths in DXA on both the grid and every cell (so LibreOffice
 * keeps them), a header row in the accent colour that repeats on every page, rows that do not break
 * across pages, light zebra striping and an optional bold total row. No column is narrower than its
 * longest word; short tables stay on one page.
 */
export function renderTable(block: TableBlock, theme: ReportTheme, width: number): Table {
  const minimums = block.columns.map((column, i) => {
    const longest = Math.max(
      longestWord(column.header),
      ...block.rows.map((row) => longestWord(cellText(row[i] ?? ''))),
    )
    return longest * CHAR_WIDTH + CELL_PADDING
  })
  const widths = fitColumnWidths(
    block.columns.map((column) => column.width),
    minimums,
    width,
  )
  const keepTogether = block.rows.length <= KEEP_TOGETHER_ROWS
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: theme.accent, color: 'auto' },
          verticalAlign: VerticalAlign.BOTTOM,
          margins,
          borders: borders(theme),
          children: [
            new Paragraph({
              style: STYLE.tableHeader,
              alignment: alignments[column.align ?? 'left'],
              children: textRuns(column.header),
            }),
          ],
        }),
    ),
  })
  const rows = block.rows.map((cells, r) => {
    const total = block.totalRow === true && r === block.rows.length - 1
    const fill = total ? theme.tint : r % 2 === 1 ? 'F6F7F7' : undefined
    return new TableRow({
      cantSplit: true,
      ...(block.writeIn
        ? { height: { value: writeInHeights[block.writeIn], rule: HeightRule.ATLEAST } }
        : {}),
      children: block.columns.map(
        (column, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            margins,
            borders: borders(theme),
            verticalAlign: VerticalAlign.CENTER,
            ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
            children: [
              cellContent(
                cells[i] ?? '',
                column.align ?? 'left',
                total,
                keepTogether && r < block.rows.length - 1,
              ),
            ],
          }),
      ),
    })
  })
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noTableBorders,
    rows: [header, ...rows],
  })
}

/**
 * Label–value facts as a two-column table without a header: labels in grey, values in text colour.
 * The rows stay together; with `keepWithNext` the last row stays with what follows too.
 */
export function renderFacts(
  block: FactsBlock,
  theme: ReportTheme,
  width: number,
  keepWithNext = false,
): Table {
  const keep = (r: number): boolean => keepWithNext || r < block.items.length - 1
  const widths = columnWidths([30, 70], width)
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noTableBorders,
    rows: block.items.map(
      (item, r) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0] ?? 0, type: WidthType.DXA },
              margins,
              borders: borders(theme),
              shading: { type: ShadingType.CLEAR, fill: theme.tint, color: 'auto' },
              children: [
                new Paragraph({
                  style: STYLE.tableText,
                  keepNext: keep(r),
                  children: textRuns(item.label, { bold: true, color: theme.muted }),
                }),
              ],
            }),
            new TableCell({
              width: { size: widths[1] ?? 0, type: WidthType.DXA },
              margins,
              borders: borders(theme),
              children: [
                new Paragraph({ style: STYLE.tableText, keepNext: keep(r), children: textRuns(item.value) }),
              ],
            }),
          ],
        }),
    ),
  })
}
