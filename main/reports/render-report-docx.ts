import {
  Document,
  type FileChild,
  HeadingLevel,
  LeaderType,
  LineRuleType,
  type ISectionOptions,
  Packer,
  PageOrientation,
  Paragraph,
  type Table,
  TableOfContents,
} from 'docx'
import { type ReportModel } from '../../shared/reports'
import { renderChart } from './docx-chart'
import { renderCompactCover, renderFullCover } from './docx-cover'
import { renderKeyFigures } from './docx-key-figures'
import { emptyFooter, emptyHeader, renderFooter, renderHeader } from './docx-page-frame'
import { reportStyles, STYLE } from './docx-styles'
import { RawXmlBlocks } from './docx-raw-xml'
import { factsXml, tableXml } from './docx-table'
import { textRuns } from './docx-text'
import { paragraphGeometry, paragraphKeepsWithNext, quoteKeeps } from './layout/flow-items'
import { contentsLevels, layoutReport, type ReportLayout } from './layout/report-layout'
import { pageNumbersOf } from './layout/page-numbers'
import { readLogo } from './logo-image'
import { BULLET_LAST_AFTER, TABLE_SPACER, TEXT } from './report-geometry'
import { PAGE, reportTheme, textWidth } from './report-theme'

/** The house style from Instellingen: accent colour and logo. */
export interface ReportStyle {
  accentColour?: string
  logoBase64?: string
}

type BodyElement = Paragraph | Table | TableOfContents | FileChild

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const

const headingGeometry = { 1: TEXT.heading1, 2: TEXT.heading2, 3: TEXT.heading3 } as const

/** An empty paragraph one point high: after a table (Word needs one between tables), or to start a page. */
function spacerParagraph(after: number, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    pageBreakBefore,
    spacing: { before: 0, after, line: TABLE_SPACER.line, lineRule: LineRuleType.EXACT },
    children: [],
  })
}

function bodyElements(
  model: ReportModel,
  width: number,
  style: ReportStyle,
  raw: RawXmlBlocks,
  layout: ReportLayout | undefined,
  formatNumber: (value: number) => string,
): BodyElement[] {
  const theme = reportTheme(style.accentColour)
  const logo = readLogo(style.logoBase64)
  const elements: BodyElement[] = []
  // A page break in the model is carried to the next paragraph as "page break before", so no empty
  // line opens a page; the layout adds the page breaks it decided on.
  let breakBefore = false
  const startsPage = (id: string): boolean => {
    const starts = breakBefore || layout?.breakBefore.has(id) === true
    breakBefore = false
    return starts
  }
  /** Space above a paragraph: its style's, plus what the layout added. */
  const spaceAbove = (id: string, before: number) => {
    const extra = layout?.extraBefore.get(id)
    return extra === undefined ? {} : { spacing: { before: before + extra } }
  }
  const table = (id: string, element: Table | FileChild, spaceAfter: number): void => {
    if (startsPage(id)) elements.push(spacerParagraph(0, true))
    elements.push(element, spacerParagraph(spaceAfter))
  }

  if (model.cover.layout === 'full') {
    elements.push(...renderFullCover(model.cover, theme, width, logo, model.chrome.logoAlt))
    breakBefore = true
  } else {
    elements.push(...renderCompactCover(model.cover, theme, width, logo, model.chrome.logoAlt))
  }
  const contents = model.chrome.contents
  if (contents !== undefined) {
    elements.push(
      new Paragraph({
        style: STYLE.contentsTitle,
        pageBreakBefore: breakBefore,
        children: textRuns(contents),
      }),
      new TableOfContents(contents, {
        hyperlink: true,
        headingStyleRange: `1-${contentsLevels(model)}`,
        tabLeader: LeaderType.DOT,
      }),
    )
    breakBefore = true
  }

  model.blocks.forEach((block, index) => {
    const id = (part: number) => `${index}:${part}`
    switch (block.type) {
      case 'heading':
        elements.push(
          new Paragraph({
            heading: headingLevels[block.level],
            pageBreakBefore: startsPage(id(0)),
            ...spaceAbove(id(0), headingGeometry[block.level].before),
            children: textRuns(block.text),
          }),
        )
        break
      case 'paragraph': {
        const paragraphStyle =
          block.tone === 'lead' ? STYLE.lead : block.tone === 'muted' ? STYLE.muted : undefined
        const geometry = paragraphGeometry(block.tone)
        elements.push(
          new Paragraph({
            style: paragraphStyle,
            pageBreakBefore: startsPage(id(0)),
            ...spaceAbove(id(0), geometry.before),
            keepNext: paragraphKeepsWithNext(model.blocks, index, width),
            children: textRuns(block.text),
          }),
        )
        break
      }
      case 'bullets':
        block.items.forEach((item, i) => {
          const last = i === block.items.length - 1
          elements.push(
            new Paragraph({
              bullet: { level: 0 },
              pageBreakBefore: startsPage(id(i)),
              spacing: { before: 0, after: last ? BULLET_LAST_AFTER : TEXT.bullet.after },
              children: textRuns(item),
            }),
          )
        })
        break
      case 'quote': {
        // A short quote stays with its source, and the source with a short note after it; a long
        // quote breaks across pages like any text.
        const keeps = quoteKeeps(model.blocks, index, width)
        elements.push(
          new Paragraph({
            style: STYLE.quote,
            pageBreakBefore: startsPage(id(0)),
            ...spaceAbove(id(0), TEXT.quote.before),
            keepNext: keeps.quote,
            children: textRuns(block.text),
          }),
        )
        if (block.attribution !== undefined)
          elements.push(
            new Paragraph({
              style: STYLE.quoteSource,
              pageBreakBefore: startsPage(id(1)),
              keepNext: keeps.source,
              children: textRuns(`— ${block.attribution}`),
            }),
          )
        break
      }
      case 'table': {
        const breaks = layout?.tableBreaks.get(id(0)) ?? []
        if (breaks.length === 0) {
          table(id(0), raw.slot(tableXml(block, theme, width)), TABLE_SPACER.afterTable)
          break
        }
        // The layout split the table over pages: one table per page, each with the header row.
        const starts = [0, ...breaks]
        starts.forEach((start, i) => {
          const end = starts[i + 1] ?? block.rows.length
          const chunk = raw.slot(tableXml(block, theme, width, { rows: [start, end], keepTogether: false }))
          if (startsPage(id(0)) || i > 0) elements.push(spacerParagraph(0, true))
          elements.push(chunk)
        })
        elements.push(spacerParagraph(TABLE_SPACER.afterTable))
        break
      }
      case 'facts': {
        const next = model.blocks[index + 1]
        table(
          id(0),
          raw.slot(factsXml(block, theme, width, next?.type === 'heading' && next.level === 3)),
          TABLE_SPACER.afterTable,
        )
        break
      }
      case 'key-figures':
        renderKeyFigures(block, theme, width, model.chrome.goal, formatNumber).forEach((tiles, row) =>
          table(id(row), tiles, TABLE_SPACER.afterFigures),
        )
        break
      case 'chart':
        elements.push(renderChart(block.chart, theme, width, startsPage(id(0))))
        break
      case 'page-break':
        breakBefore = true
        break
    }
  })
  return elements
}

/**
 * Renders a ReportModel as a Word document (.docx bytes): the cover (full page or title block), a
 * table of contents (a real TOC field over Heading 1–2, with its page numbers filled in), headings in
 * Word's Heading 1–3 styles, tables with repeating header rows and fixed column widths, key-figure
 * tiles, native Word charts with alt text, and a header and footer with "Pagina X van Y".
 *
 * Every report is laid out here (layout/): its pages break where the layout decided, so the page
 * numbers in the contents are right when the document opens, in Word and in LibreOffice, without
 * updating any field, and no heading is left at the foot of a page.
 */
export async function renderReportDocx(model: ReportModel, style: ReportStyle = {}): Promise<Uint8Array> {
  const theme = reportTheme(style.accentColour)
  const width = textWidth(model.orientation)
  const landscape = model.orientation === 'landscape'
  const numberFormat = new Intl.NumberFormat(model.language === 'en' ? 'en-GB' : 'nl-NL')
  const formatNumber = (value: number): string => numberFormat.format(value)
  const layout = layoutReport(model, width, formatNumber, readLogo(style.logoBase64))
  const raw = new RawXmlBlocks()
  const section: ISectionOptions = {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: PAGE.top,
          bottom: PAGE.bottom,
          left: PAGE.margin,
          right: PAGE.margin,
          header: PAGE.header,
          footer: PAGE.footer,
        },
      },
    },
    headers: { default: renderHeader(model, theme, width), first: emptyHeader() },
    footers: {
      default: renderFooter(model, theme, width),
      first: model.cover.layout === 'full' ? emptyFooter() : renderFooter(model, theme, width),
    },
    children: bodyElements(model, width, style, raw, layout, formatNumber),
  }
  const document = new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author === '' ? 'Krachtstroom Coach' : model.author,
    description: model.cover.kindLabel,
    styles: reportStyles(theme, model.language === 'en' ? 'en-GB' : 'nl-NL'),
    ...(model.chrome.contents !== undefined ? { pageNumbers: pageNumbersOf(model, layout) } : {}),
    sections: [section],
  })
  const buffer = await Packer.toBuffer(document)
  return raw.fill(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength))
}
