import { type IStylesOptions, LineRuleType } from 'docx'
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

const pt = (points: number): number => points * 2
const spacing = (before: number, after: number) => ({ before, after, line: 276, lineRule: LineRuleType.AUTO })

/**
 * The document's styles: Arial throughout, Word's own Heading 1–3 (with outline levels, so the
 * navigation pane and the table of contents find them), and a few paragraph styles of our own.
 */
export function reportStyles(theme: ReportTheme, languageTag: string): IStylesOptions {
  const run = { font: REPORT_FONT, color: theme.text }
  return {
    default: {
      document: {
        run: { ...run, size: pt(10), language: { value: languageTag } },
        paragraph: { spacing: spacing(0, 120) },
      },
      heading1: {
        run: { font: REPORT_FONT, size: pt(16), bold: true, color: theme.accent },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: REPORT_FONT, size: pt(12.5), bold: true, color: theme.text },
        paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: REPORT_FONT, size: pt(11), bold: true, color: theme.accent },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      title: { run: { font: REPORT_FONT, size: pt(26), bold: true, color: theme.text } },
      listParagraph: { run: { ...run, size: pt(10) }, paragraph: { spacing: spacing(0, 60) } },
    },
    paragraphStyles: [
      {
        id: STYLE.lead,
        name: 'Lead',
        basedOn: 'Normal',
        run: { size: pt(11) },
        paragraph: { spacing: spacing(0, 160) },
      },
      {
        id: STYLE.muted,
        name: 'Muted',
        basedOn: 'Normal',
        run: { size: pt(9), color: theme.muted },
        paragraph: { spacing: spacing(60, 120) },
      },
      {
        id: STYLE.small,
        name: 'Small',
        basedOn: 'Normal',
        run: { size: pt(8), color: theme.muted },
        paragraph: { spacing: spacing(0, 0) },
      },
      {
        id: STYLE.quote,
        name: 'Resident quote',
        basedOn: 'Normal',
        run: { size: pt(10.5), italics: true, color: theme.text },
        paragraph: {
          spacing: spacing(120, 40),
          indent: { left: 340, right: 340 },
          border: { left: { style: 'single', size: 18, color: theme.accent, space: 10 } },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: STYLE.quoteSource,
        name: 'Resident quote source',
        basedOn: 'Normal',
        run: { size: pt(9), color: theme.muted },
        paragraph: { spacing: spacing(0, 160), indent: { left: 340, right: 340 } },
      },
      {
        id: STYLE.tableText,
        name: 'Table text',
        basedOn: 'Normal',
        run: { size: pt(9) },
        paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
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
        run: { size: pt(10.5), bold: true },
        paragraph: { spacing: { before: 120, after: 40 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(10) },
        paragraph: { spacing: { before: 0, after: 40 }, indent: { left: 360 } },
      },
      {
        id: STYLE.contentsTitle,
        name: 'Contents title',
        basedOn: 'Normal',
        run: { size: pt(16), bold: true, color: theme.accent },
        paragraph: { spacing: { before: 0, after: 240 } },
      },
      {
        id: STYLE.coverKind,
        name: 'Cover kind',
        basedOn: 'Normal',
        run: { size: pt(12), bold: true, allCaps: true, color: theme.accent, characterSpacing: 30 },
        paragraph: { spacing: { before: 0, after: 120 } },
      },
      {
        id: STYLE.coverTitle,
        name: 'Cover title',
        basedOn: 'Normal',
        run: { size: pt(26), bold: true },
        paragraph: { spacing: { before: 0, after: 160, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.coverSubtitle,
        name: 'Cover subtitle',
        basedOn: 'Normal',
        run: { size: pt(13), color: theme.muted },
        paragraph: { spacing: { before: 0, after: 240 } },
      },
    ],
  }
}
