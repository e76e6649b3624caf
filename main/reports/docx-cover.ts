import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { type ReportCover } from '../../shared/reports'
import { STYLE } from './docx-styles'
import { columnWidths, noTableBorders } from './docx-table'
import { textRuns } from './docx-text'
import { fitWithin, type LogoImage } from './logo-image'
import { type ReportTheme } from './report-theme'

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder }

function logoParagraph(
  logo: LogoImage | undefined,
  alt: string,
  box: { width: number; height: number },
  after: number,
): Paragraph[] {
  if (!logo) return []
  const size = fitWithin(logo, box)
  return [
    new Paragraph({
      spacing: { before: 0, after },
      children: [
        new ImageRun({
          type: logo.type,
          data: logo.data,
          transformation: size,
          altText: { name: 'Logo', title: 'Logo', description: alt },
        }),
      ],
    }),
  ]
}

function detailsTable(cover: ReportCover, theme: ReportTheme, width: number, pairsPerRow: 1 | 2): Table {
  const relative = pairsPerRow === 1 ? [28, 72] : [17, 33, 17, 33]
  const widths = columnWidths(relative, width)
  // A cover page has room for 10 pt details; a title block keeps them at the 9 pt of tables.
  const size = pairsPerRow === 1 ? 20 : 18
  const rows: TableRow[] = []
  for (let i = 0; i < cover.details.length; i += pairsPerRow) {
    const pairs = cover.details.slice(i, i + pairsPerRow)
    const cells: TableCell[] = []
    for (let p = 0; p < pairsPerRow; p++) {
      const pair = pairs[p]
      cells.push(
        new TableCell({
          width: { size: widths[p * 2] ?? 0, type: WidthType.DXA },
          borders: noBorders,
          margins: { top: 30, bottom: 30, left: 0, right: 80 },
          children: [
            new Paragraph({
              style: STYLE.tableText,
              children: pair ? textRuns(pair.label, { color: theme.muted, size }) : [],
            }),
          ],
        }),
        new TableCell({
          width: { size: widths[p * 2 + 1] ?? 0, type: WidthType.DXA },
          borders: noBorders,
          margins: { top: 30, bottom: 30, left: 0, right: 120 },
          children: [
            new Paragraph({
              style: STYLE.tableText,
              children: pair ? textRuns(pair.value, { bold: true, size }) : [],
            }),
          ],
        }),
      )
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }))
  }
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noTableBorders,
    rows,
  })
}

function rule(theme: ReportTheme, size: number, before: number, after: number): Paragraph {
  return new Paragraph({
    spacing: { before, after },
    border: { bottom: { style: BorderStyle.SINGLE, size, color: theme.accent, space: 1 } },
    children: [],
  })
}

/**
 * A cover page of its own: logo and organisation at the top, then the kind of report, the title and
 * subtitle low on the page under an accent rule, the details (programme, gemeente, period, author,
 * date) and the privacy line. What follows starts on a new page.
 */
export function renderFullCover(
  cover: ReportCover,
  theme: ReportTheme,
  width: number,
  logo: LogoImage | undefined,
  logoAlt: string,
): Array<Paragraph | Table> {
  return [
    ...logoParagraph(logo, logoAlt, { width: 200, height: 80 }, 120),
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: cover.organisation, bold: true, size: 22, color: theme.muted })],
    }),
    new Paragraph({ spacing: { before: logo ? 2800 : 3800, after: 0 }, children: [] }),
    new Paragraph({ style: STYLE.coverKind, children: textRuns(cover.kindLabel) }),
    new Paragraph({ style: STYLE.coverTitle, children: textRuns(cover.title) }),
    ...(cover.subtitle
      ? [new Paragraph({ style: STYLE.coverSubtitle, children: textRuns(cover.subtitle) })]
      : []),
    rule(theme, 24, 0, 360),
    detailsTable(cover, theme, width, 1),
    new Paragraph({
      spacing: { before: 1400, after: 0 },
      style: STYLE.small,
      children: textRuns(cover.privacyNote, { italics: true }),
    }),
  ]
}

/**
 * A title block at the top of the first page, for short documents: organisation and logo, kind,
 * title, the details in two columns, the privacy line and an accent rule.
 */
export function renderCompactCover(
  cover: ReportCover,
  theme: ReportTheme,
  width: number,
  logo: LogoImage | undefined,
  logoAlt: string,
): Array<Paragraph | Table> {
  return [
    ...logoParagraph(logo, logoAlt, { width: 140, height: 50 }, 80),
    new Paragraph({
      style: STYLE.coverKind,
      spacing: { before: 0, after: 60 },
      children: textRuns(cover.kindLabel),
    }),
    new Paragraph({
      style: STYLE.coverTitle,
      spacing: { before: 0, after: 120 },
      children: textRuns(cover.title, { size: 40 }),
    }),
    ...(cover.subtitle
      ? [new Paragraph({ style: STYLE.coverSubtitle, children: textRuns(cover.subtitle) })]
      : []),
    detailsTable(cover, theme, width, 2),
    new Paragraph({
      style: STYLE.small,
      spacing: { before: 80, after: 0 },
      alignment: AlignmentType.LEFT,
      children: textRuns(cover.privacyNote, { italics: true }),
    }),
    rule(theme, 12, 0, 240),
  ]
}
