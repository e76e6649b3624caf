import { Table, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type PartnerListItem } from '../../../../shared/api/methods/ideas'
import { ShowMoreButton, useShowMore } from '../../components/ShowMore'
import { useFormatters } from '../../components/use-formatters'
import { IdeaStatusBadge } from '../ideas/IdeaStatusBadge'
import { longWaitDays } from '../ideas/IdeaOwnersCard'
import classes from './Partners.module.css'
import { ToneBadge, toneText } from '../ideas/ToneBadge'
import { useWaitingTime } from '../../components/use-waiting-time'

/** Rows shown at first; a partner with hundreds of ideas still opens quickly. */
const PAGE_SIZE = 10

/**
 * The ideas a partner owns, longest waiting first (the first ten, more on request); a long wait (over
 * 30 days) is marked.
 */
export function PartnerIdeasTable({ ideas }: { ideas: PartnerListItem['ideas'] }) {
  const { t } = useTranslation()
  const waiting = useWaitingTime()
  const format = useFormatters()
  const sorted = useMemo(
    () =>
      [...ideas].sort(
        (a, b) =>
          Number(a.answeredAt !== undefined) - Number(b.answeredAt !== undefined) ||
          b.waitingDays - a.waitingDays,
      ),
    [ideas],
  )
  const page = useShowMore(sorted, PAGE_SIZE)
  if (ideas.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('partners.noIdeas')}
      </Text>
    )
  return (
    <>
      <Table verticalSpacing={6} className={classes.table}>
        <Table.Caption className={classes.caption}>{t('partners.ideasHeading')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.colIdea}>{t('partners.columns.idea')}</Table.Th>
            <Table.Th className={classes.colStatus}>{t('partners.columns.status')}</Table.Th>
            <Table.Th className={classes.colSince}>{t('partners.columns.since')}</Table.Th>
            <Table.Th>{t('partners.columns.ask')}</Table.Th>
            <Table.Th className={`${classes.right} ${classes.colWaiting}`}>
              {t('partners.columns.waiting')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.shown.map((idea) => {
            const long = !idea.answeredAt && idea.waitingDays > longWaitDays
            return (
              <Table.Tr
                key={idea.ideaId}
                data-long={long || undefined}
                className={classes.row}
                data-testid="partner-idea-row"
              >
                <Table.Td>
                  <Link to={`/ideeen/${idea.ideaId}`} className={classes.ideaLink}>
                    {idea.title}
                  </Link>
                </Table.Td>
                <Table.Td>
                  <IdeaStatusBadge status={idea.status} />
                </Table.Td>
                <Table.Td className={`app-tabular ${classes.nowrap}`}>{format.date(idea.since)}</Table.Td>
                <Table.Td className={classes.ask}>{idea.ask || '—'}</Table.Td>
                <Table.Td className={`${classes.right} app-tabular`} data-testid="waiting-days">
                  {idea.answeredAt ? (
                    <Text size="sm" c={toneText.green}>
                      {t('partners.answered')}
                    </Text>
                  ) : (
                    <>
                      {waiting(idea.waitingDays)}
                      {long && (
                        <div className={classes.longBadge}>
                          <ToneBadge tone="orange" size="xs">
                            {t('partners.longWait')}
                          </ToneBadge>
                        </div>
                      )}
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <ShowMoreButton state={page} testId="partner-ideas-show-more" />
    </>
  )
}
