import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
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
import { countLines } from './layout/text-measure'
import { fitWithin, type LogoImage } from './logo-image'
import { PAGE } from './report-theme'
import { type ReportTheme } from './report-theme'

/** The cover's own lines (DXA): organisation, kind, title, subtitle, details and privacy line. */
const COVER = {
  organisation: { size: 22, line: 300 },
  kind: { size: 24, line: 300, after: 120 },
  title: { size: 52, line: 620, after: 160 },
  subtitle: { size: 26, line: 340, after: 240 },
  detail: { size: 20, line: 264, padding: 60 },
  privacy: { size: 16, line: 200, before: 1400, least: 240 },
  rule: { line: 200, after: 360 },
  /** The space above the kind of report, without and with a logo; less when the texts are long. */
  spacer: { withoutLogo: 3800, withLogo: 2800, least: 400 },
  logoBox: { width: 200, height: 80 },
} as const

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
      spacing: { before: 0, after, line: 240, lineRule: LineRuleType.AUTO },
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
  const relative = pairsPerRow === 1 ? DETAIL_COLUMNS.full : DETAIL_COLUMNS.compact
  const widths = columnWidths(relative, width)
  // A cover page has room for 10 pt details; a title block keeps them at the 9 pt of tables.
  const size = pairsPerRow === 1 ? COVER.detail.size : 18
  const line = pairsPerRow === 1 ? COVER.detail.line : 240
  const spacing = { before: 0, after: 0, line, lineRule: LineRuleType.EXACT }
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
          margins: { top: COVER.detail.padding / 2, bottom: COVER.detail.padding / 2, left: 0, right: 80 },
          children: [
            new Paragraph({
              style: STYLE.tableText,
              spacing,
              children: pair ? textRuns(pair.label, { color: theme.muted, size }) : [],
            }),
          ],
        }),
        new TableCell({
          width: { size: widths[p * 2 + 1] ?? 0, type: WidthType.DXA },
          borders: noBorders,
          margins: { top: COVER.detail.padding / 2, bottom: COVER.detail.padding / 2, left: 0, right: 120 },
          children: [
            new Paragraph({
              style: STYLE.tableText,
              spacing,
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

const DETAIL_COLUMNS = { full: [28, 72], compact: [17, 33, 17, 33] } as const

function rule(theme: ReportTheme, size: number, before: number, after: number): Paragraph {
  return new Paragraph({
    spacing: { before, after, line: COVER.rule.line, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size, color: theme.accent, space: 1 } },
    children: [],
  })
}

/**
 * The space above the kind of report and above the privacy line on a cover page: the usual, or less
 * when a long title, subtitle or details would otherwise push the privacy line onto a second page.
 * The cover is one page, so the contents and the body start where the page numbers say.
 */
export function coverSpacing(
  cover: ReportCover,
  width: number,
  logo: LogoImage | undefined,
): { top: number; privacy: number } {
  const logoHeight = logo ? fitWithin(logo, COVER.logoBox).height * 15 + 120 : 0
  const [labelWidth = 0, valueWidth = 0] = columnWidths(DETAIL_COLUMNS.full, width)
  const details = cover.details.reduce((sum, { label, value }) => {
    const lines = Math.max(
      countLines(label, { size: COVER.detail.size }, labelWidth - 80),
      countLines(value, { size: COVER.detail.size, bold: true }, valueWidth - 120),
    )
    return sum + lines * COVER.detail.line + COVER.detail.padding
  }, 0)
  const fixed =
    logoHeight +
    COVER.organisation.line *
      countLines(cover.organisation, { size: COVER.organisation.size, bold: true }, width) +
    (COVER.kind.line *
      countLines(cover.kindLabel.toUpperCase(), { size: COVER.kind.size, bold: true }, width) +
      COVER.kind.after) +
    (COVER.title.line * countLines(cover.title, { size: COVER.title.size, bold: true }, width) +
      COVER.title.after) +
    (cover.subtitle
      ? COVER.subtitle.line * countLines(cover.subtitle, { size: COVER.subtitle.size }, width) +
        COVER.subtitle.after
      : 0) +
    COVER.rule.line +
    COVER.rule.after +
    details +
    COVER.privacy.line * countLines(cover.privacyNote, { size: COVER.privacy.size, italic: true }, width)
  // Two lines to spare, for what the estimate cannot know (a font drawn slightly wider).
  const room = PAGE.height - PAGE.top - PAGE.bottom - fixed - 2 * COVER.detail.line
  const usual = logo ? COVER.spacer.withLogo : COVER.spacer.withoutLogo
  // The space above the privacy line gives way first, then the space above the title.
  const privacy = Math.max(COVER.privacy.least, Math.min(COVER.privacy.before, room - usual))
  const top = Math.max(COVER.spacer.least, Math.min(usual, room - privacy))
  return { top, privacy }
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
  const exact = (line: number, before = 0, after = 0) => ({
    before,
    after,
    line,
    lineRule: LineRuleType.EXACT,
  })
  const space = coverSpacing(cover, width, logo)
  return [
    ...logoParagraph(logo, logoAlt, COVER.logoBox, 120),
    new Paragraph({
      spacing: exact(COVER.organisation.line),
      children: [
        new TextRun({
          text: cover.organisation,
          bold: true,
          size: COVER.organisation.size,
          color: theme.muted,
        }),
      ],
    }),
    new Paragraph({ spacing: exact(20, space.top), children: [] }),
    new Paragraph({ style: STYLE.coverKind, children: textRuns(cover.kindLabel) }),
    new Paragraph({ style: STYLE.coverTitle, children: textRuns(cover.title) }),
    ...(cover.subtitle
      ? [new Paragraph({ style: STYLE.coverSubtitle, children: textRuns(cover.subtitle) })]
      : []),
    rule(theme, 24, 0, COVER.rule.after),
    detailsTable(cover, theme, width, 1),
    new Paragraph({
      spacing: exact(COVER.privacy.line, space.privacy),
      style: STYLE.small,
      children: textRuns(cover.privacyNote, { italics: true }),
    }),
  ]
}

/** The title block's own lines (DXA). */
const COMPACT = {
  logoBox: { width: 140, height: 50 },
  logoAfter: 80,
  kind: { line: 300, after: 60 },
  title: { size: 40, line: 480, after: 120 },
  subtitle: { size: 26, line: 340, after: 240 },
  detail: { size: 18, line: 240, padding: 60 },
  privacy: { size: 16, line: 200, before: 80 },
  rule: { line: 200, after: 240, border: 50 },
} as const

/**
 * How tall the title block at the top of the first page is (DXA), and the space after it: where
 * the body of a short document starts.
 */
export function compactCoverHeight(
  cover: ReportCover,
  width: number,
  logo: LogoImage | undefined,
): { height: number; after: number } {
  const c = COMPACT
  const widths = columnWidths(DETAIL_COLUMNS.compact, width)
  let details = 0
  for (let i = 0; i < cover.details.length; i += 2) {
    const lines = cover.details
      .slice(i, i + 2)
      .flatMap(({ label, value }, p) => [
        countLines(label, { size: c.detail.size }, (widths[p * 2] ?? 0) - 80),
        countLines(value, { size: c.detail.size, bold: true }, (widths[p * 2 + 1] ?? 0) - 120),
      ])
    details += c.detail.padding + Math.max(1, ...lines) * c.detail.line
  }
  const height =
    (logo ? fitWithin(logo, c.logoBox).height * 15 + c.logoAfter : 0) +
    c.kind.line * countLines(cover.kindLabel.toUpperCase(), { size: 24, bold: true }, width) +
    c.kind.after +
    c.title.line * countLines(cover.title, { size: c.title.size, bold: true }, width) +
    (cover.subtitle
      ? c.title.after +
        c.subtitle.line * countLines(cover.subtitle, { size: c.subtitle.size }, width) +
        c.subtitle.after
      : c.title.after) +
    details +
    c.privacy.before +
    c.privacy.line * countLines(cover.privacyNote, { size: c.privacy.size, italic: true }, width) +
    c.rule.line +
    c.rule.border
  return { height, after: c.rule.after }
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
    ...logoParagraph(logo, logoAlt, COMPACT.logoBox, COMPACT.logoAfter),
    new Paragraph({
      style: STYLE.coverKind,
      spacing: {
        before: 0,
        after: COMPACT.kind.after,
        line: COMPACT.kind.line,
        lineRule: LineRuleType.EXACT,
      },
      children: textRuns(cover.kindLabel),
    }),
    new Paragraph({
      style: STYLE.coverTitle,
      spacing: {
        before: 0,
        after: COMPACT.title.after,
        line: COMPACT.title.line,
        lineRule: LineRuleType.EXACT,
      },
      children: textRuns(cover.title, { size: COMPACT.title.size }),
    }),
    ...(cover.subtitle
      ? [new Paragraph({ style: STYLE.coverSubtitle, children: textRuns(cover.subtitle) })]
      : []),
    detailsTable(cover, theme, width, 2),
    new Paragraph({
      style: STYLE.small,
      spacing: {
        before: COMPACT.privacy.before,
        after: 0,
        line: COMPACT.privacy.line,
        lineRule: LineRuleType.EXACT,
      },
      alignment: AlignmentType.LEFT,
      children: textRuns(cover.privacyNote, { italics: true }),
    }),
    rule(theme, 12, 0, COMPACT.rule.after),
  ]
}
