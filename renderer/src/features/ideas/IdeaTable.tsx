import { Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { dutchHyphens } from '../../../../shared/domain/dutch-hyphens'
import { useFormatters } from '../../components/use-formatters'
import { IdeaStatusBadge } from './IdeaStatusBadge'
import classes from './IdeaTable.module.css'
import { type IdeaSort, type IdeaSortKey } from './idea-table-filter'

/** A row's height before it is measured (one line of title); rows with wrapped text grow. */
const rowHeight = 52

interface IdeaTableProps {
  rows: IdeaListItem[]
  sort: IdeaSort
  onSort: (sort: IdeaSort) => void
  themeLabel: (code: string) => string
}

const columns: Array<{ key: IdeaSortKey | 'themes' | 'owners'; sortable: boolean }> = [
  { key: 'title', sortable: true },
  { key: 'street', sortable: true },
  { key: 'status', sortable: true },
  { key: 'themes', sortable: false },
  { key: 'owners', sortable: false },
  { key: 'collectedOn', sortable: true },
  { key: 'supporters', sortable: true },
]

/**
 * The idea list as a table whose rows are virtualised: only the rows in view are in the page, so it
 * stays quick with thousands of ideas. Column headers sort (click again to reverse). Memoised: a
 * keystroke in the search does not render the table until the filtered rows are there.
 */
export const IdeaTable = memo(function IdeaTable({ rows, sort, onSort, themeLabel }: IdeaTableProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const bodyRef = useRef<HTMLDivElement>(null)
  // The table scrolls with the page (one scroll area); the virtualiser needs where its rows start.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const measure = () => setScrollMargin(body.getBoundingClientRect().top + window.scrollY)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => rows[index]?.idea.id ?? index,
  })

  const header = (key: (typeof columns)[number]['key'], sortable: boolean) => {
    const label = t(`ideas.table.columns.${key}`)
    if (!sortable) return label
    const sorted = sort.key === key
    const Icon = !sorted ? IconSelector : sort.direction === 'ascending' ? IconArrowUp : IconArrowDown
    return (
      <UnstyledButton
        className={classes.sortButton}
        onClick={() =>
          onSort({
            key: key as IdeaSortKey,
            direction: sorted && sort.direction === 'ascending' ? 'descending' : 'ascending',
          })
        }
        title={t('ideas.table.sortBy', { column: label })}
      >
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    )
  }

  return (
    <div
      className={classes.table}
      role="table"
      aria-label={t('ideas.table.label')}
      aria-rowcount={rows.length + 1}
      data-testid="idea-table"
    >
      <div role="rowgroup" className={classes.head}>
        <div role="row" className={`${classes.row} ${classes.headRow}`} aria-rowindex={1}>
          {columns.map(({ key, sortable }) => (
            <div
              key={key}
              role="columnheader"
              className={classes.cell}
              aria-sort={sortable && sort.key === key ? sort.direction : undefined}
            >
              {header(key, sortable)}
            </div>
          ))}
        </div>
      </div>
      <div ref={bodyRef} className={classes.body} role="rowgroup">
        {rows.length === 0 ? (
          <Text c="dimmed" p="lg" role="row">
            <span role="cell">{t('ideas.table.empty')}</span>
          </Text>
        ) : (
          <div className={classes.spacer} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((virtualRow) => {
              const item = rows[virtualRow.index]
              if (!item) return null
              const { idea } = item
              return (
                <div
                  key={idea.id}
                  ref={virtualizer.measureElement}
                  data-index={virtualRow.index}
                  role="row"
                  aria-rowindex={virtualRow.index + 2}
                  className={classes.row}
                  data-testid="idea-row"
                  style={{
                    transform: `translateY(${virtualRow.start - virtualizer.options.scrollMargin}px)`,
                    minHeight: rowHeight,
                  }}
                >
                  <div role="cell" className={`${classes.cell} ${classes.titleCell}`}>
                    <Link to={`/ideeen/${idea.id}`} className={classes.titleLink} lang="nl" data-check-words>
                      {dutchHyphens(idea.title)}
                    </Link>
                  </div>
                  <div role="cell" className={classes.cell} lang="nl">
                    {item.streetName ? dutchHyphens(item.streetName) : '—'}
                  </div>
                  <div role="cell" className={classes.cell}>
                    <IdeaStatusBadge status={idea.status} />
                  </div>
                  <div role="cell" className={classes.cell} lang="nl">
                    {dutchHyphens(idea.themes.map(themeLabel).join(', ')) || '—'}
                  </div>
                  <div role="cell" className={classes.cell}>
                    {item.owners.map((owner) => owner.partnerName).join(', ') || '—'}
                  </div>
                  <div role="cell" className={`${classes.cell} ${classes.nowrap} app-tabular`}>
                    {format.date(idea.collectedOn)}
                  </div>
                  <div role="cell" className={`${classes.cell} ${classes.number} app-tabular`}>
                    {format.number(idea.supporters)}
                  </div>
                </div>
              )
            })}
          </div>
        )}
      </div>
    </div>
  )
})
