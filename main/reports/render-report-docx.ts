import {
  Document,
  type FileChild,
  HeadingLevel,
  LeaderType,
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
import { readLogo } from './logo-image'
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

function bodyElements(
  model: ReportModel,
  width: number,
  style: ReportStyle,
  raw: RawXmlBlocks,
): BodyElement[] {
  const theme = reportTheme(style.accentColour)
  const logo = readLogo(style.logoBase64)
  const numberFormat = new Intl.NumberFormat(model.language === 'en' ? 'en-GB' : 'nl-NL')
  const elements: BodyElement[] = []
  // A page break is carried to the next paragraph as "page break before", so no empty line opens a page.
  let breakBefore = false
  const paragraph = (make: (pageBreakBefore: boolean) => Paragraph): void => {
    elements.push(make(breakBefore))
    breakBefore = false
  }
  const table = (element: Table | FileChild, spaceAfter: number): void => {
    if (breakBefore)
      elements.push(new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 }, children: [] }))
    breakBefore = false
    elements.push(element, new Paragraph({ spacing: { before: 0, after: spaceAfter }, children: [] }))
  }

  if (model.cover.layout === 'full') {
    elements.push(...renderFullCover(model.cover, theme, width, logo, model.chrome.logoAlt))
    breakBefore = true
  } else {
    elements.push(...renderCompactCover(model.cover, theme, width, logo, model.chrome.logoAlt))
  }
  const contents = model.chrome.contents
  if (contents !== undefined) {
    paragraph(
      (pageBreakBefore) =>
        new Paragraph({ style: STYLE.contentsTitle, pageBreakBefore, children: textRuns(contents) }),
    )
    // Page numbers are left to Word, which updates the (dirty) field when it opens the document; working
    // them out here would take about a second. Without dot leaders the list reads well before that too.
    elements.push(
      new TableOfContents(contents, {
        hyperlink: true,
        headingStyleRange: '1-2',
        tabLeader: LeaderType.NONE,
      }),
    )
    breakBefore = true
  }

  model.blocks.forEach((block, index) => {
    const next = model.blocks[index + 1]
    const previous = model.blocks[index - 1]
    // Text that introduces a table, chart, list or figures stays on the page with what it introduces,
    // and so does a short introduction between a heading and its first subheading.
    const introducesContent =
      next !== undefined && next.type !== 'heading' && next.type !== 'paragraph' && next.type !== 'page-break'
    const betweenHeadings =
      previous?.type === 'heading' && next?.type === 'heading' && previous.level < next.level
    const keepNext = introducesContent || betweenHeadings
    switch (block.type) {
      case 'heading':
        paragraph(
          (pageBreakBefore) =>
            new Paragraph({
              heading: headingLevels[block.level],
              pageBreakBefore,
              children: textRuns(block.text),
            }),
        )
        break
      case 'paragraph': {
        const paragraphStyle =
          block.tone === 'lead' ? STYLE.lead : block.tone === 'muted' ? STYLE.muted : undefined
        paragraph(
          (pageBreakBefore) =>
            new Paragraph({
              style: paragraphStyle,
              pageBreakBefore,
              keepNext,
              children: textRuns(block.text),
            }),
        )
        break
      }
      case 'bullets':
        block.items.forEach((item, i) => {
          const last = i === block.items.length - 1
          paragraph(
            (pageBreakBefore) =>
              new Paragraph({
                bullet: { level: 0 },
                pageBreakBefore,
                spacing: { before: 0, after: last ? 160 : 60 },
                children: textRuns(item),
              }),
          )
        })
        break
      case 'quote':
        paragraph(
          (pageBreakBefore) =>
            new Paragraph({ style: STYLE.quote, pageBreakBefore, children: textRuns(block.text) }),
        )
        if (block.attribution !== undefined)
          paragraph(
            () => new Paragraph({ style: STYLE.quoteSource, children: textRuns(`— ${block.attribution}`) }),
          )
        break
      case 'table':
        table(raw.slot(tableXml(block, theme, width)), 160)
        break
      case 'facts':
        table(raw.slot(factsXml(block, theme, width, next?.type === 'heading' && next.level === 3)), 160)
        break
      case 'key-figures':
        for (const tiles of renderKeyFigures(block, theme, width, model.chrome.goal, (value) =>
          numberFormat.format(value),
        ))
          table(tiles, 80)
        break
      case 'chart':
        paragraph((pageBreakBefore) => renderChart(block.chart, theme, width, pageBreakBefore))
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
 * table of contents (a real TOC field over Heading 1–2, with page numbers filled in), headings in
 * Word's Heading 1–3 styles, tables with repeating header rows and fixed column widths, key-figure
 * tiles, native Word charts with alt text, and a header and footer with "Pagina X van Y".
 */
export async function renderReportDocx(model: ReportModel, style: ReportStyle = {}): Promise<Uint8Array> {
  const theme = reportTheme(style.accentColour)
  const width = textWidth(model.orientation)
  const landscape = model.orientation === 'landscape'
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
    children: bodyElements(model, width, style, raw),
  }
  const document = new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author === '' ? 'Krachtstroom Coach' : model.author,
    description: model.cover.kindLabel,
    styles: reportStyles(theme, model.language === 'en' ? 'en-GB' : 'nl-NL'),
    sections: [section],
  })
  const buffer = await Packer.toBuffer(document)
  return raw.fill(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength))
}
