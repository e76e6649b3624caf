import { Text } from '@mantine/core'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { useActiveProgramme } from '../../app/active-programme-context'
import { useFormatters } from '../../components/use-formatters'
import { ExportButtons } from './ExportButtons'
import { IdeaTable } from './IdeaTable'
import classes from './IdeaTable.module.css'
import { IdeaTableFilters } from './IdeaTableFilters'
import {
  type IdeaSort,
  type IdeaTableFilter,
  emptyIdeaFilter,
  filterIdeas,
  sortIdeas,
  toApiFilter,
  warmSearchTexts,
} from './idea-table-filter'
import { type IdeaLookups } from './use-idea-lookups'

/**
 * The table view: filters, the count, export buttons and the virtualised table. Filtering happens in
 * the page on the one loaded list; the filter is deferred, so typing in the search stays instant.
 */
export function IdeaTableView({ items, lookups }: { items: IdeaListItem[]; lookups: IdeaLookups }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { active } = useActiveProgramme()
  const [filter, setFilter] = useState<IdeaTableFilter>(emptyIdeaFilter)
  const [sort, setSort] = useState<IdeaSort>({ key: 'collectedOn', direction: 'descending' })
  const deferredFilter = useDeferredValue(filter)
  // Sorted once per list and sort; a keystroke only filters the sorted list.
  const sorted = useMemo(() => sortIdeas(items, sort), [items, sort])
  const rows = useMemo(() => filterIdeas(sorted, deferredFilter), [sorted, deferredFilter])
  const exportInput = useMemo(
    () => ({ programmeId: active.id, ...toApiFilter(deferredFilter) }),
    [active.id, deferredFilter],
  )
  // The search texts are prepared while the coach looks at the list, not on the first keystroke.
  useEffect(() => warmSearchTexts(items), [items])
  return (
    <div>
      <IdeaTableFilters
        filter={filter}
        onChange={setFilter}
        lookups={lookups}
        onClear={() => setFilter(emptyIdeaFilter)}
      />
      <div className={classes.toolbar}>
        <Text size="sm" fw={500} role="status" aria-live="polite" data-testid="idea-count">
          {t('ideas.table.shown', { shown: format.number(rows.length), total: format.number(items.length) })}
        </Text>
        <ExportButtons input={exportInput} />
      </div>
      <IdeaTable rows={rows} sort={sort} onSort={setSort} themeLabel={lookups.themeLabel} />
    </div>
  )
}
