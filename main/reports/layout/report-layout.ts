import { type ReportModel } from '../../../shared/reports'
import { compactCoverHeight } from '../docx-cover'
import { type LogoImage } from '../logo-image'
import { TEXT } from '../report-geometry'
import { PAGE } from '../report-theme'
import { flowItems } from './flow-items'
import { type BodyStart, paginate, type Pagination } from './paginate'
import { countLines } from './text-measure'

/** The pages of a report: where its body breaks, and the page of each heading. */
export interface ReportLayout extends Pagination {
  /** The page each heading block (by index) starts on. */
  headingPages: Map<number, number>
  /** Pages in the document, cover and contents included. */
  pageCount: number
}

/**
 * Room kept free at the foot of every page (DXA): a page is filled to about a line and a half short of
 * its foot, so a line that wraps once more in the word processor than measured stays on its page.
 */
export const PAGE_SLACK = 400

/** Room for the dot leader and page number at the end of a contents entry (DXA). */
const CONTENTS_NUMBER_ROOM = 700

/** The heading levels the contents list for a model. */
export function contentsLevels(model: ReportModel): number {
  return model.chrome.contentsLevels ?? 2
}

/** Whether the contents list a heading: one of their levels, with text (as docx lists them). */
export function listedInContents(model: ReportModel, block: ReportModel['blocks'][number]): boolean {
  return block.type === 'heading' && block.level <= contentsLevels(model) && block.text.trim() !== ''
}

/** How many pages the contents take, from the page after the cover. */
function contentsPages(model: ReportModel, width: number, height: number): number {
  const entries = model.blocks.flatMap((block) =>
    block.type === 'heading' && listedInContents(model, block)
      ? [{ level: block.level, text: block.text }]
      : [],
  )
  let pages = 1
  let y = TEXT.contentsTitle.line
  let after: number = TEXT.contentsTitle.after
  const place = (lines: number, line: number, before: number, nextAfter: number): void => {
    const height_ = lines * line
    const gap = Math.max(after, before)
    if (y + gap + height_ > height) {
      pages += 1
      y = height_
    } else y += gap + height_
    after = nextAfter
  }
  for (const entry of entries) {
    const geometry = entry.level === 1 ? TEXT.toc1 : TEXT.toc2
    const lines = countLines(
      entry.text,
      { size: geometry.size, bold: geometry.bold === true },
      width - (geometry.indentLeft ?? 0) - CONTENTS_NUMBER_ROOM,
    )
    place(lines, geometry.line, geometry.before, geometry.after)
  }
  // The paragraph that ends the contents field.
  place(1, TEXT.body.line, TEXT.body.before, TEXT.body.after)
  return pages
}

/**
 * Lays out a report: with a cover page of its own, the cover is page 1, the contents (if any) start
 * on page 2 and the body on the page after them; a short document's body starts below its title
 * block on page 1. Returns where the body's pages break (see {@link paginate}) and the page of every
 * heading, for the page numbers in the contents.
 */
export function layoutReport(
  model: ReportModel,
  width: number,
  formatNumber: (value: number) => string,
  logo: LogoImage | undefined,
): ReportLayout {
  const height = (model.orientation === 'portrait' ? PAGE.height : PAGE.width) - PAGE.top - PAGE.bottom
  const start: BodyStart =
    model.cover.layout === 'full'
      ? 2 + (model.chrome.contents === undefined ? 0 : contentsPages(model, width, height))
      : (() => {
          const cover = compactCoverHeight(model.cover, width, logo)
          return { page: 1, y: cover.height, after: cover.after }
        })()
  const items = flowItems(model, width, formatNumber)
  const lastNumbered = items.reduce(
    (last, item, index) =>
      listedInContents(model, model.blocks[item.block] ?? { type: 'page-break' }) ? index : last,
    -1,
  )
  const pagination = paginate(items, start, { height, slack: PAGE_SLACK, lastNumbered })
  const headingPages = new Map<number, number>()
  for (const item of items) {
    const block = model.blocks[item.block]
    const page = pagination.pageOf.get(item.id)
    if (block?.type === 'heading' && page !== undefined) headingPages.set(item.block, page)
  }
  return { ...pagination, headingPages, pageCount: pagination.lastPage }
}
