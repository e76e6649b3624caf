import { type IStylesOptions, LineRuleType } from 'docx'
import { TEXT, type TextGeometry } from './report-geometry'
import { REPORT_FONT, type ReportTheme } from './report-theme'

/** Paragraph style ids of our own, next to Word's Heading1–3, Title and TOC styles. */
export const STYLE = {
  lead: 'KcLead',
  muted: 'KcMuted',
  quote: 'KcQuote',
  quoteSource: 'KcQuoteSource',
  tableText: 'KcTableText',
  tableHeader: 'KcTableHeader',
  contentsTitle: 'KcContentsTitle',
  coverKind: 'KcCoverKind',
  coverTitle: 'KcCoverTitle',
  coverSubtitle: 'KcCoverSubtitle',
  small: 'KcSmall',
} as const

/** Spacing with an exact line height, so a page holds the same lines in Word and LibreOffice. */
export const exactSpacing = (geometry: Pick<TextGeometry, 'line' | 'before' | 'after'>) => ({
  before: geometry.before,
  after: geometry.after,
  line: geometry.line,
  lineRule: LineRuleType.EXACT,
})

const indent = (geometry: TextGeometry) =>
  geometry.indentLeft === undefined
    ? {}
    : { indent: { left: geometry.indentLeft, right: geometry.indentRight ?? 0 } }

/**
 * The document's styles: Arial throughout, exact line heights (report-geometry.ts), widow and orphan
 * control everywhere, Word's own Heading 1–3 (with outline levels, so the navigation pane and the
 * table of contents find them, kept with the next paragraph), and a few paragraph styles of our own.
 * No style keeps its lines together: long quotes and texts break across pages.
 */
export function reportStyles(theme: ReportTheme, languageTag: string): IStylesOptions {
  const run = { font: REPORT_FONT, color: theme.text }
  // docx writes widowControl into the defaults, but its style options type does not list it; a
  // variable (not a literal) passes it through.
  const documentParagraph = { spacing: exactSpacing(TEXT.body), widowControl: true }
  return {
    default: {
      document: {
        run: { ...run, size: TEXT.body.size, language: { value: languageTag } },
        paragraph: documentParagraph,
      },
      heading1: {
        run: { font: REPORT_FONT, size: TEXT.heading1.size, bold: true, color: theme.accent },
        paragraph: { spacing: exactSpacing(TEXT.heading1), keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: REPORT_FONT, size: TEXT.heading2.size, bold: true, color: theme.text },
        paragraph: { spacing: exactSpacing(TEXT.heading2), keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: REPORT_FONT, size: TEXT.heading3.size, bold: true, color: theme.accent },
        paragraph: { spacing: exactSpacing(TEXT.heading3), keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      title: { run: { font: REPORT_FONT, size: 52, bold: true, color: theme.text } },
      listParagraph: {
        run: { ...run, size: TEXT.bullet.size },
        paragraph: { spacing: exactSpacing(TEXT.bullet) },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.lead,
        name: 'Lead',
        basedOn: 'Normal',
        run: { size: TEXT.lead.size },
        paragraph: { spacing: exactSpacing(TEXT.lead) },
      },
      {
        id: STYLE.muted,
        name: 'Muted',
        basedOn: 'Normal',
        run: { size: TEXT.muted.size, color: theme.muted },
        paragraph: { spacing: exactSpacing(TEXT.muted) },
      },
      {
        id: STYLE.small,
        name: 'Small',
        basedOn: 'Normal',
        run: { size: TEXT.small.size, color: theme.muted },
        paragraph: { spacing: exactSpacing(TEXT.small) },
      },
      {
        id: STYLE.quote,
        name: 'Resident quote',
        basedOn: 'Normal',
        run: { size: TEXT.quote.size, italics: true, color: theme.text },
        paragraph: {
          spacing: exactSpacing(TEXT.quote),
          ...indent(TEXT.quote),
          border: { left: { style: 'single', size: 18, color: theme.accent, space: 10 } },
        },
      },
      {
        id: STYLE.quoteSource,
        name: 'Resident quote source',
        basedOn: 'Normal',
        run: { size: TEXT.quoteSource.size, color: theme.muted },
        paragraph: { spacing: exactSpacing(TEXT.quoteSource), ...indent(TEXT.quoteSource) },
      },
      {
        id: STYLE.tableText,
        name: 'Table text',
        basedOn: 'Normal',
        run: { size: TEXT.tableText.size },
        paragraph: { spacing: exactSpacing(TEXT.tableText) },
      },
      {
        id: STYLE.tableHeader,
        name: 'Table header',
        basedOn: STYLE.tableText,
        run: { bold: true, color: theme.onAccent },
        paragraph: { keepNext: true },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: TEXT.toc1.size, bold: true },
        paragraph: { spacing: exactSpacing(TEXT.toc1) },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: TEXT.toc2.size },
        paragraph: { spacing: exactSpacing(TEXT.toc2), ...indent(TEXT.toc2) },
      },
      {
        id: STYLE.contentsTitle,
        name: 'Contents title',
        basedOn: 'Normal',
        run: { size: TEXT.contentsTitle.size, bold: true, color: theme.accent },
        paragraph: { spacing: exactSpacing(TEXT.contentsTitle) },
      },
      {
        id: STYLE.coverKind,
        name: 'Cover kind',
        basedOn: 'Normal',
        run: { size: 24, bold: true, allCaps: true, color: theme.accent, characterSpacing: 30 },
        paragraph: { spacing: { before: 0, after: 120, line: 300, lineRule: LineRuleType.EXACT } },
      },
      {
        id: STYLE.coverTitle,
        name: 'Cover title',
        basedOn: 'Normal',
        run: { size: 52, bold: true },
        paragraph: { spacing: { before: 0, after: 160, line: 620, lineRule: LineRuleType.EXACT } },
      },
      {
        id: STYLE.coverSubtitle,
        name: 'Cover subtitle',
        basedOn: 'Normal',
        run: { size: 26, color: theme.muted },
        paragraph: { spacing: { before: 0, after: 240, line: 340, lineRule: LineRuleType.EXACT } },
      },
    ],
  }
}
