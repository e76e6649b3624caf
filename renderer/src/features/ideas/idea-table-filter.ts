import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { foldText } from '../../../../shared/domain/fold-text'
import { type IdeaStatus, ideaStatuses } from '../../../../shared/model/vocabulary'

/** The table's filters as the coach set them. */
export interface IdeaTableFilter {
  search: string
  themes: string[]
  streetIds: string[]
  statuses: IdeaStatus[]
  partnerIds: string[]
  from: string | null
  to: string | null
}

/** Columns the table sorts by. */
export type IdeaSortKey = 'title' | 'street' | 'status' | 'collectedOn' | 'supporters'

/** Sort column and direction. */
export interface IdeaSort {
  key: IdeaSortKey
  direction: 'ascending' | 'descending'
}

/** No filters set. */
export const emptyIdeaFilter: IdeaTableFilter = {
  search: '',
  themes: [],
  streetIds: [],
  statuses: [],
  partnerIds: [],
  from: null,
  to: null,
}

/** True when any filter is set. */
export function hasIdeaFilter(filter: IdeaTableFilter): boolean {
  return (
    filter.search.trim() !== '' ||
    filter.themes.length + filter.streetIds.length + filter.statuses.length + filter.partnerIds.length > 0 ||
    filter.from !== null ||
    filter.to !== null
  )
}

/**
 * How many of the folded-away filters are set (search not counted: it is always in view). The board
 * has no status or period filter, so those do not count there.
 */
export function countIdeaFilters(filter: IdeaTableFilter, scope: 'table' | 'board'): number {
  const shared = [filter.themes.length, filter.streetIds.length, filter.partnerIds.length]
  const tableOnly = scope === 'table' ? [filter.statuses.length, filter.from ?? '', filter.to ?? ''] : []
  return [...shared, ...tableOnly].filter((value) => value !== 0 && value !== '').length
}

/**
 * The ideas that pass the filters (the same rules as `idea.list`: any chosen theme, street, status or
 * partner; collected within the period; the search in title, description and street), sorted.
 */
export function filterAndSortIdeas(
  items: readonly IdeaListItem[],
  filter: IdeaTableFilter,
  sort: IdeaSort,
): IdeaListItem[] {
  return filterIdeas(sortIdeas(items, sort), filter)
}

/**
 * The ideas that pass the filters, in the order given. The table sorts once per list and sort, and
 * filters that sorted list per keystroke (filtering keeps the order), so typing never re-sorts.
 */
export function filterIdeas(items: readonly IdeaListItem[], filter: IdeaTableFilter): IdeaListItem[] {
  const words = foldText(filter.search)
    .split(/\s+/)
    .filter((word) => word !== '')
  const themes = new Set(filter.themes)
  const streets = new Set(filter.streetIds)
  const statuses = new Set(filter.statuses)
  const partners = new Set(filter.partnerIds)
  return items.filter((item) => {
    const { idea, owners } = item
    if (themes.size > 0 && !idea.themes.some((theme) => themes.has(theme))) return false
    if (streets.size > 0 && (idea.streetId === undefined || !streets.has(idea.streetId))) return false
    if (statuses.size > 0 && !statuses.has(idea.status)) return false
    if (partners.size > 0 && !owners.some((owner) => partners.has(owner.partnerId))) return false
    if (filter.from !== null && idea.collectedOn < filter.from) return false
    if (filter.to !== null && idea.collectedOn > filter.to) return false
    if (words.length > 0) {
      const text = searchText(item)
      if (!words.every((word) => text.includes(word))) return false
    }
    return true
  })
}

/** The ideas sorted by the column and direction; ties by title. */
export function sortIdeas(items: readonly IdeaListItem[], sort: IdeaSort): IdeaListItem[] {
  const factor = sort.direction === 'ascending' ? 1 : -1
  const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })
  const compare = (a: IdeaListItem, b: IdeaListItem): number => {
    switch (sort.key) {
      case 'title':
        return collator.compare(a.idea.title, b.idea.title)
      case 'street':
        return collator.compare(a.streetName ?? '', b.streetName ?? '')
      case 'status':
        return ideaStatuses.indexOf(a.idea.status) - ideaStatuses.indexOf(b.idea.status)
      case 'collectedOn':
        // ISO dates sort as plain strings; much cheaper than localeCompare for thousands of rows.
        return a.idea.collectedOn < b.idea.collectedOn ? -1 : a.idea.collectedOn > b.idea.collectedOn ? 1 : 0
      case 'supporters':
        return a.idea.supporters - b.idea.supporters
    }
  }
  return [...items].sort((a, b) => compare(a, b) * factor || collator.compare(a.idea.title, b.idea.title))
}

/** Folded search text per list item; list items are not changed once loaded, so it is kept. */
const searchTexts = new WeakMap<IdeaListItem, string>()

function searchText(item: IdeaListItem): string {
  let text = searchTexts.get(item)
  if (text === undefined) {
    text = foldText(`${item.idea.title} ${item.idea.description} ${item.streetName ?? ''}`)
    searchTexts.set(item, text)
  }
  return text
}

/**
 * Prepares the search text of every item in idle moments, in small slices, so the first keystroke
 * does not have to. Answers a function that stops the work (for an effect's cleanup).
 */
export function warmSearchTexts(items: readonly IdeaListItem[]): () => void {
  let next = 0
  let handle: ReturnType<typeof setTimeout> | undefined
  const slice = (): void => {
    const end = Math.min(next + 250, items.length)
    for (; next < end; next += 1) {
      const item = items[next]
      if (item) searchText(item)
    }
    if (next < items.length) handle = setTimeout(slice, 0)
  }
  handle = setTimeout(slice, 0)
  return () => clearTimeout(handle)
}

/** The filter in the shape of the API's idea filters (for the export). */
export function toApiFilter(filter: IdeaTableFilter) {
  return {
    ...(filter.search.trim() !== '' ? { search: filter.search.trim() } : {}),
    ...(filter.themes.length > 0 ? { themes: filter.themes } : {}),
    ...(filter.streetIds.length > 0 ? { streetIds: filter.streetIds } : {}),
    ...(filter.statuses.length > 0 ? { statuses: filter.statuses } : {}),
    ...(filter.partnerIds.length > 0 ? { partnerIds: filter.partnerIds } : {}),
    ...(filter.from !== null ? { from: filter.from } : {}),
    ...(filter.to !== null ? { to: filter.to } : {}),
  }
}
