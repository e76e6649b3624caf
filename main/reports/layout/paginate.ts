import { TABLE, TABLE_SPACER } from '../report-geometry'
import { type FlowItem, type LinesItem, type TableItem } from './flow-items'

/**
 * Where the pages of a report's body break, decided here rather than left to the word processor: each
 * page holds what fits with room to spare, and the next page starts with an explicit page break. Only a
 * long paragraph breaks across pages by itself (between lines, with widow and orphan control).
 */
export interface Pagination {
  /** Items (by id) that start a page with an explicit page break. */
  breakBefore: Set<string>
  /** Extra space (DXA) above an item, so a long paragraph clearly breaks rather than just fits. */
  extraBefore: Map<string, number>
  /** Per table item: the rows that start a new page (and a new table with its header row). */
  tableBreaks: Map<string, number[]>
  /** The page (counted from the first page of the document) each item starts on. */
  pageOf: Map<string, number>
  /** Where each item's first line starts on its page, in DXA below the top of the text column. */
  topOf: Map<string, number>
  /** The last page of the body. */
  lastPage: number
}

/** The page's text column and the room kept free at its foot, in DXA. */
export interface PageFrame {
  height: number
  /** Room left at the foot of every page for what the estimate cannot know. */
  slack: number
  /**
   * The items after this index decide no page number (no heading in the contents follows them).
   * When all that is left fits on the page, it may come closer to the foot than elsewhere, so the
   * end of a report does not spill onto a page of its own.
   */
  lastNumbered?: number
}

interface State {
  page: number
  y: number
  /** Space after the item above, which the next one's space before overlaps. */
  after: number
  /** Where the page started: an explicit break (space before counts), a paragraph going on, or neither. */
  top: 'break' | 'continued' | undefined
}

/**
 * Room (DXA) kept at the foot of the last page: none. Should its last lines come out a little
 * longer than measured, they go to a page of their own, as they would have otherwise, and no page
 * number in the contents changes.
 */
const LAST_PAGE_SLACK = 0
/** Room (DXA) kept at the foot of a page that ends where the report asks for a new page anyway. */
const BEFORE_BREAK_SLACK = 200

/** Closing lines (at most this many) do not go to a page of their own without what comes before. */
const CLOSING_LINES = 4

/** The least a paragraph that breaks keeps on each page, as widow and orphan control asks, plus one. */
const LINES_EACH_SIDE = 3

/** Where the body starts: on a page of its own (a page number), or below a title block on page 1. */
export type BodyStart = number | { page: number; y: number; after: number }

/**
 * Lays the body out page by page, starting with a page break on page `start`, or below what is
 * already on the page. `frame.slack` is the margin of safety: a page is filled up to
 * `height - slack`, so a line that comes out longer in the word processor than measured does not
 * push anything onto a page of its own.
 */
export function paginate(items: readonly FlowItem[], start: BodyStart, frame: PageFrame): Pagination {
  const firstPage = typeof start === 'number' ? start : start.page
  const result: Pagination = {
    breakBefore: new Set(),
    extraBefore: new Map(),
    tableBreaks: new Map(),
    pageOf: new Map(),
    topOf: new Map(),
    lastPage: firstPage,
  }
  const fillBefore = frame.height - frame.slack
  /** The end of a report may come closer to the foot: a line too many there spills no heading. */
  const lastFill = frame.height - LAST_PAGE_SLACK
  const breakFill = frame.height - BEFORE_BREAK_SLACK
  let fill = fillBefore
  let state: State =
    typeof start === 'number'
      ? { page: start, y: 0, after: 0, top: 'break' }
      : { page: start.page, y: start.y, after: start.after, top: undefined }
  const snapshots = new Map<number, State>()
  /** The state before each item was placed, to move an item along after all. */
  const placedAt = new Map<number, State>()
  const movedAlong = new Set<number>()
  /** Short tables that break all the same: with what keeps with them they do not fit on a page. */
  const mustBreak = new Set<string>()
  const keptWhole = (item: TableItem): boolean =>
    item.keepTogether &&
    !mustBreak.has(item.id) &&
    tableHeight(item, item.rows, true) <= fill - TABLE_SPACER.line
  const nudged = new Map<number, number>()

  const gapBefore = (item: FlowItem, at: State): number => {
    const before = item.kind === 'lines' ? item.before + (result.extraBefore.get(item.id) ?? 0) : 0
    if (at.top === 'continued') return 0
    if (at.top === 'break') return item.kind === 'lines' ? before : TABLE_SPACER.line
    return item.kind === 'lines' ? Math.max(at.after, before) : at.after
  }
  const newPage = (item: FlowItem): void => {
    result.breakBefore.add(item.id)
    state = { page: state.page + 1, y: 0, after: 0, top: 'break' }
  }
  /** The least of an item that must share a page with what keeps with it. */
  const headHeight = (item: FlowItem): number => {
    if (item.kind === 'lines') return item.line * (item.canSplit ? LINES_EACH_SIDE : item.lines)
    if (item.kind === 'box') return item.height
    // A table kept on one page needs all of it; one that breaks (or is too tall to keep), two rows.
    const whole = keptWhole(item)
    const rows = whole ? item.rows : item.rows.slice(0, 2)
    return tableHeight(item, rows, rows.length === item.rows.length)
  }
  /** The items from `start` that must share a page, and how much room they need together. */
  const chainFrom = (start: number, at: State): { end: number; height: number } => {
    let end = start
    let height = 0
    let y = at
    for (;;) {
      const item = items[end]
      if (!item) break
      const gap = gapBefore(item, y)
      if (!item.keepNext || end === items.length - 1) {
        height += gap + headHeight(item)
        break
      }
      height += gap + fullHeight(item)
      y = { ...y, top: undefined, after: item.after }
      end += 1
    }
    return { end, height }
  }

  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (!item) continue
    // What is left before the end of the report, or before a page the report asks for, may come
    // closer to the foot when all of it fits: no page then holds just its last lines.
    const closer = index > (frame.lastNumbered ?? Infinity) ? lastFill : breakFill
    fill = restFits(index, state, closer) ? closer : fillBefore
    if (item.pageBreak && state.top !== 'break') {
      newPage(item)
      result.extraBefore.delete(item.id)
    }
    placedAt.set(index, { ...state })
    const startsChain = index === 0 || !items[index - 1]?.keepNext
    if (startsChain) {
      const empty: State = { page: 0, y: 0, after: 0, top: 'break' }
      let emptyPage = chainFrom(index, empty)
      const tail = items[emptyPage.end]
      if (emptyPage.height > fill && tail?.kind === 'table' && keptWhole(tail)) {
        // A heading and a short table that together overrun a page: the table breaks after its
        // first rows rather than go to the next page without its heading.
        mustBreak.add(tail.id)
        emptyPage = chainFrom(index, empty)
      }
      const chain = chainFrom(index, state)
      if (state.top !== 'break' && state.y + chain.height > fill && emptyPage.height <= fill) {
        if (emptyPage.end === index && moveAlong(index)) {
          index -= 2
          continue
        }
        // Space added to make a paragraph clearly break is not wanted at the top of a page.
        result.extraBefore.delete(item.id)
        newPage(item)
      }
      snapshots.set(index, { ...state })
    }
    result.pageOf.set(item.id, state.page)
    const gap = gapBefore(item, state)
    result.topOf.set(item.id, state.y + gap)

    if (item.kind === 'table') {
      placeTable(item, gap, index)
      continue
    }
    const height = item.kind === 'lines' ? item.lines * item.line : item.height
    const end = state.y + gap + height
    if (end <= fill) {
      state = { page: state.page, y: end, after: item.after, top: undefined }
      continue
    }
    if (item.kind === 'lines' && item.canSplit) {
      const firstLines = Math.floor((frame.height - state.y - gap) / item.line)
      if (end >= frame.height + LINES_EACH_SIDE * item.line && firstLines >= LINES_EACH_SIDE) {
        splitLines(item, gap)
        continue
      }
      // It would end just around the foot of the page: whether it fits or breaks is too close to
      // call, so more space above it (above its heading) makes it clearly break.
      const head = chainHead(index)
      const headItem = items[head]
      const snapshot = snapshots.get(head)
      const nudges = nudged.get(head) ?? 0
      if (nudges < 2 && headItem?.kind === 'lines' && snapshot && snapshot.top !== 'continued') {
        nudged.set(head, nudges + 1)
        const extra = frame.height + LINES_EACH_SIDE * item.line - end + item.line / 2
        result.extraBefore.set(headItem.id, (result.extraBefore.get(headItem.id) ?? 0) + Math.ceil(extra))
        state = { ...snapshot }
        for (let i = head; i <= index; i++) result.pageOf.delete(items[i]?.id ?? '')
        index = head - 1
        continue
      }
      if (state.top === 'break') {
        splitLines(item, gap)
        continue
      }
    }
    if (state.top === 'break') {
      // Taller than a page on its own: it goes where it goes.
      state = { page: state.page, y: end, after: item.after, top: undefined }
      continue
    }
    // Does not fit: it starts the next page (a heading that keeps with it was already moved along).
    if (moveAlong(index)) {
      index -= 2
      continue
    }
    newPage(item)
    result.pageOf.set(item.id, state.page)
    index -= 1
    result.pageOf.delete(item.id)
  }
  result.lastPage = state.page
  return result

  /**
   * A few short closing lines (before the end, or before a page the report asks for) that must go to
   * the next page do not go alone: the item before them goes along, unless a heading keeps that one
   * where it is. Answers whether it did so; the caller then lays out again from the item before.
   */
  function moveAlong(index: number): boolean {
    const item = items[index]
    const before = items[index - 1]
    const previous = placedAt.get(index - 1)
    if (
      item?.kind !== 'lines' ||
      closingHeight(index) > CLOSING_LINES * item.line ||
      movedAlong.has(index) ||
      before?.kind !== 'lines' ||
      before.keepNext ||
      items[index - 2]?.keepNext === true ||
      previous === undefined ||
      previous.page !== state.page ||
      previous.top === 'break'
    )
      return false
    movedAlong.add(index)
    result.pageOf.delete(before.id)
    result.breakBefore.add(before.id)
    state = { page: previous.page + 1, y: 0, after: 0, top: 'break' }
    return true
  }

  /** The height of the items from `index` up to the end, or up to a page the report asks for. */
  function closingHeight(index: number): number {
    let height = 0
    for (let i = index; i < items.length; i++) {
      const item = items[i]
      if (!item || (item.pageBreak && i > index)) break
      height += fullHeight(item) + (i > index && item.kind === 'lines' ? item.before : 0)
    }
    return height
  }

  /**
   * Whether the items from `index` up to the end of the report, or up to the next page the report
   * asks for, all fit on the current page within `limit`.
   */
  function restFits(index: number, from: State, limit: number): boolean {
    let at: State = { ...from }
    for (let i = index; i < items.length; i++) {
      const item = items[i]
      if (!item) break
      if (item.pageBreak) return i > index
      const y = at.y + gapBefore(item, at) + fullHeight(item)
      if (y > limit) return false
      at = { page: at.page, y, after: item.after, top: undefined }
    }
    return true
  }

  function chainHead(index: number): number {
    let head = index
    while (head > 0 && items[head - 1]?.keepNext) head -= 1
    return head
  }

  /** A long paragraph that breaks by itself: the lines that fit on this page, the rest on the next. */
  function splitLines(item: LinesItem, gap: number): void {
    let rest = item.lines
    let room = frame.height - state.y - gap
    for (;;) {
      let fits = Math.floor(room / item.line)
      if (fits >= rest) {
        state = {
          page: state.page,
          y: frame.height - room + rest * item.line,
          after: item.after,
          top: undefined,
        }
        return
      }
      // Orphan control: at least two lines on this page; widow control: at least two on the next.
      if (rest - fits < 2) fits = rest - 2
      if (fits < 2) fits = 0
      rest -= fits
      state = { page: state.page + 1, y: 0, after: 0, top: 'continued' }
      room = frame.height
    }
  }

  /** A table: whole when it fits, else as many rows as fit on each page, each page a table with its header. */
  function placeTable(item: TableItem, gap: number, index: number): void {
    const whole = tableHeight(item, item.rows, true)
    if (state.y + gap + whole <= fill || (state.top === 'break' && whole <= fill)) {
      state = { page: state.page, y: state.y + gap + whole, after: item.after, top: undefined }
      return
    }
    if (keptWhole(item) && state.top !== 'break') {
      newPage(item)
      result.pageOf.set(item.id, state.page)
      result.topOf.set(item.id, TABLE_SPACER.line)
      state = { page: state.page, y: TABLE_SPACER.line + whole, after: item.after, top: undefined }
      return
    }
    const breaks: number[] = []
    let y = state.y + gap + item.header + TABLE.rule
    let onPage = 0
    let toTheFoot = false
    /** The rest of the table and all after it, up to the end or a page asked for, fit to the foot. */
    const restFitsFrom = (r: number): boolean => {
      const limit = index > (frame.lastNumbered ?? Infinity) ? lastFill : breakFill
      const end = y + item.rows.slice(r).reduce((sum, row) => sum + row, 0) + TABLE_SPACER.line
      return (
        end <= limit &&
        restFits(index + 1, { page: state.page, y: end, after: item.after, top: undefined }, limit)
      )
    }
    for (let r = 0; r < item.rows.length; r++) {
      const row = item.rows[r] ?? 0
      const last = r === item.rows.length - 1
      const needed = row + (last ? TABLE_SPACER.line : 0)
      if (!toTheFoot && y + needed > fill && onPage > 0 && restFitsFrom(r)) toTheFoot = true
      if (!toTheFoot && y + needed > fill && onPage > 0) {
        if (onPage === 1 && r === 1 && breaks.length === 0 && state.top !== 'break') {
          // Only one row would stay behind under the header: the whole table starts on the next page.
          newPage(item)
          result.pageOf.set(item.id, state.page)
          result.topOf.set(item.id, TABLE_SPACER.line)
          y = TABLE_SPACER.line + item.header + TABLE.rule
          onPage = 0
          r = -1
          continue
        }
        breaks.push(r)
        state = { page: state.page + 1, y: 0, after: 0, top: 'break' }
        y = TABLE_SPACER.line + item.header + TABLE.rule
        onPage = 0
      }
      y += row
      onPage += 1
    }
    if (breaks.length > 0) result.tableBreaks.set(item.id, breaks)
    state = { page: state.page, y: y + TABLE_SPACER.line, after: item.after, top: undefined }
  }
}

/** The height of a table of these rows, with its header, the line at its foot and the paragraph after it. */
function tableHeight(item: TableItem, rows: readonly number[], withSpacer: boolean): number {
  const body = rows.reduce((sum, row) => sum + row, 0)
  return item.header + body + TABLE.rule + (withSpacer ? TABLE_SPACER.line : 0)
}

function fullHeight(item: FlowItem): number {
  if (item.kind === 'lines') return item.lines * item.line
  if (item.kind === 'box') return item.height
  return tableHeight(item, item.rows, true)
}
