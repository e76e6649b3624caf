import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { type KeyFigure, type KeyFiguresBlock } from '../../shared/reports'
import { columnWidths, noTableBorders } from './docx-table'
import { exactSpacing, STYLE } from './docx-styles'
import { FIGURE_TILE } from './report-geometry'
import { type ReportTheme } from './report-theme'

const FIGURES_PER_ROW = FIGURE_TILE.perRow
const GAP = FIGURE_TILE.gap

function figureCell(
  figure: KeyFigure,
  theme: ReportTheme,
  width: number,
  goalWord: string,
  formatNumber: (value: number) => string,
): TableCell {
  const lines: Paragraph[] = [
    new Paragraph({
      spacing: exactSpacing(FIGURE_TILE.value),
      children: [
        new TextRun({ text: figure.display, bold: true, size: FIGURE_TILE.value.size, color: theme.accent }),
      ],
    }),
    new Paragraph({
      spacing: exactSpacing(FIGURE_TILE.label),
      children: [new TextRun({ text: figure.label, bold: true, size: FIGURE_TILE.label.size })],
    }),
  ]
  const goal = figureGoalLine(figure, goalWord, formatNumber)
  for (const note of [figure.note, goal])
    if (note !== undefined) lines.push(new Paragraph({ style: STYLE.small, children: [new TextRun(note)] }))
  if (figure.percentage !== undefined)
    lines.push(progressBar(figure.percentage, theme, width - 2 * FIGURE_TILE.padding))
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: {
      top: FIGURE_TILE.padding,
      bottom: FIGURE_TILE.padding,
      left: FIGURE_TILE.padding,
      right: FIGURE_TILE.padding,
    },
    shading: { type: ShadingType.CLEAR, fill: theme.tint, color: 'auto' },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 24, color: theme.accent },
      bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      left: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
      right: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
    },
    children: lines,
  })
}

/** "doel 150 · 65%" under a figure with a goal; undefined without one. */
export function figureGoalLine(
  figure: KeyFigure,
  goalWord: string,
  formatNumber: (value: number) => string,
): string | undefined {
  return figure.target !== undefined && figure.percentage !== undefined
    ? `${goalWord} ${formatNumber(figure.target)} · ${figure.percentage}%`
    : undefined
}

/**
 * A thin bar showing the share of the goal achieved: shaded en spaces (3 pt wide at 6 pt), filled
 * in the accent colour up to the share and grey after it. Word and LibreOffice both draw run shading.
 */
function progressBar(percentage: number, theme: ReportTheme, width: number): Paragraph {
  const units = Math.max(10, Math.floor(width / 20 / 3))
  const filled = Math.round((Math.max(0, Math.min(100, percentage)) / 100) * units)
  const runs: TextRun[] = []
  if (filled > 0)
    runs.push(
      new TextRun({
        text: '\u2002'.repeat(filled),
        size: 12,
        shading: { type: ShadingType.CLEAR, fill: theme.accent, color: 'auto' },
      }),
    )
  if (units - filled > 0)
    runs.push(
      new TextRun({
        text: '\u2002'.repeat(units - filled),
        size: 12,
        shading: { type: ShadingType.CLEAR, fill: 'D5DADA', color: 'auto' },
      }),
    )
  return new Paragraph({
    spacing: {
      before: FIGURE_TILE.bar.before,
      after: 0,
      line: FIGURE_TILE.bar.line,
      lineRule: LineRuleType.EXACT,
    },
    alignment: AlignmentType.LEFT,
    children: runs,
  })
}

/**
 * Key figures as tiles: up to four in a row, each with the value large in the accent colour, its
 * label, a note, and where a goal is set, the goal, the share achieved and a small bar.
 */
export function renderKeyFigures(
  block: KeyFiguresBlock,
  theme: ReportTheme,
  width: number,
  goalWord: string,
  formatNumber: (value: number) => string,
): Table[] {
  const tables: Table[] = []
  for (let start = 0; start < block.figures.length; start += FIGURES_PER_ROW) {
    const figures = block.figures.slice(start, start + FIGURES_PER_ROW)
    const widths = columnWidths(
      figures.map(() => 1),
      width,
    )
    tables.push(
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: noTableBorders,
        margins: { left: GAP / 2, right: GAP / 2 },
        rows: [
          new TableRow({
            cantSplit: true,
            children: figures.map((figure, i) =>
              figureCell(figure, theme, widths[i] ?? 0, goalWord, formatNumber),
            ),
          }),
        ],
      }),
    )
  }
  return tables
}
