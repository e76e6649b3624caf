import { type EstimatedPageNumbers, type PageNumberEstimator } from 'docx'
import { type ReportModel } from '../../../shared/reports'
import { listedInContents, type ReportLayout } from './report-layout'

/** The names of the bookmarks docx put on the headings the contents list, in the order of the body. */
function bookmarkNames(body: unknown): string[] {
  const names: string[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child)
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const name = (value as { _attr?: { 'w:name'?: unknown } })._attr?.['w:name']
        if (typeof name === 'string') names.push(name)
      } else walk(value)
    }
  }
  walk(body)
  return names
}

/**
 * The page numbers docx writes into the contents (and the page count into "Pagina X van Y"), from
 * the report's own layout rather than docx's: the headings the contents list, in order, are the
 * bookmarks docx made for them. The contents field is then written clean, so Word shows it as it is
 * and does not ask to update fields. Should the bookmarks and headings not pair up, the numbers are
 * left blank rather than wrong (and the report is still made).
 */
export function pageNumbersOf(model: ReportModel, layout: ReportLayout): PageNumberEstimator {
  const pages = model.blocks.flatMap((block, index) =>
    listedInContents(model, block) ? [layout.headingPages.get(index)] : [],
  )
  return (body): EstimatedPageNumbers => {
    const names = bookmarkNames(body)
    if (names.length !== pages.length) return { bookmarks: new Map() }
    const bookmarks = new Map<string, string>()
    const bookmarkPageNumbers = new Map<string, number>()
    names.forEach((name, i) => {
      const page = pages[i]
      if (page === undefined) return
      bookmarks.set(name, String(page))
      bookmarkPageNumbers.set(name, page)
    })
    return { bookmarks, bookmarkPageNumbers, pageCount: layout.pageCount }
  }
}
