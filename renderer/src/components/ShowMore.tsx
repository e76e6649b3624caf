import { Button, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from './use-formatters'
import classes from './ShowMore.module.css'

/** What {@link useShowMore} answers: the items to render and how to show more. */
export interface ShowMoreState<T> {
  shown: T[]
  total: number
  /** How many are not shown. */
  hidden: number
  pageSize: number
  showMore: () => void
}

/**
 * The first `pageSize` items, and a page more each time `showMore` is called: a list of hundreds
 * opens quickly, and the coach sees the most relevant ones first. Items further down for which
 * `keepInView` holds (a chosen idea, the card just moved) are shown too, in their order.
 */
export function useShowMore<T>(
  items: readonly T[],
  pageSize: number,
  keepInView?: (item: T) => boolean,
): ShowMoreState<T> {
  const [limit, setLimit] = useState(pageSize)
  const shown = [...items.slice(0, limit), ...(keepInView ? items.slice(limit).filter(keepInView) : [])]
  return {
    shown,
    total: items.length,
    hidden: items.length - shown.length,
    pageSize,
    showMore: () => setLimit((current) => current + pageSize),
  }
}

/** "50 van 600 getoond" and a "Toon er 50 meer" button, when anything is hidden. */
export function ShowMoreButton<T>({ state, testId }: { state: ShowMoreState<T>; testId?: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  if (state.hidden <= 0) return null
  return (
    <div className={classes.more}>
      <Text size="xs" c="dimmed">
        {t('common.shownOf', {
          shown: format.number(state.shown.length),
          total: format.number(state.total),
        })}
      </Text>
      <Button variant="light" size="xs" onClick={state.showMore} data-testid={testId}>
        {t('common.showMore', { count: Math.min(state.hidden, state.pageSize) })}
      </Button>
    </div>
  )
}
