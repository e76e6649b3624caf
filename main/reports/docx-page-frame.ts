import { BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx'
import { type ReportModel } from '../../shared/reports'
import { STYLE } from './docx-styles'
import { type ReportTheme } from './report-theme'

/** The running header: organisation and programme on the left, the kind of report on the right. */
export function renderHeader(model: ReportModel, theme: ReportTheme, width: number): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.small,
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: theme.line, space: 4 } },
        children: [
          new TextRun(model.chrome.header),
          new TextRun({ text: `\t${model.cover.kindLabel}`, bold: true, color: theme.accent }),
        ],
      }),
    ],
  })
}

/** The footer: what and which period on the left, "Pagina X van Y" (PAGE and NUMPAGES fields) on the right. */
export function renderFooter(model: ReportModel, theme: ReportTheme, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.small,
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: theme.line, space: 4 } },
        children: [
          new TextRun(model.chrome.footer),
          new TextRun({
            children: [
              `\t${model.chrome.page} `,
              PageNumber.CURRENT,
              ` ${model.chrome.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  })
}

/** An empty header or footer, for the cover page. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] })
}

/** An empty footer, for the cover page. */
export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ children: [] })] })
}
