import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import classes from './Dashboard.module.css'

const shown = 4

/** Follow-up actions past their due date (the API lists overdue ones first). */
export function OverdueActionsCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const actions = useApiQuery('action.list', { programmeId, openOnly: true })
  const overdue = actions.data?.filter((item) => item.overdue) ?? []
  return (
    <SectionCard
      title={t('dashboardCards.overdueHeading')}
      description={t('dashboardCards.overdueIntro')}
      testId="overdue-actions"
    >
      {actions.error ? (
        <ErrorState error={actions.error} onRetry={actions.refresh} />
      ) : !actions.data ? (
        <LoadingState minHeight={80} />
      ) : overdue.length === 0 ? (
        <Text c="dimmed">{t('dashboardCards.overdueEmpty')}</Text>
      ) : (
        <>
          <ul className={classes.plainList}>
            {overdue.slice(0, shown).map(({ action, ownerName, ideaTitle, sessionTitle }) => (
              <li key={action.id} data-testid="overdue-action">
                {action.ideaId ? (
                  <Anchor component={Link} to={`/ideeen/${action.ideaId}`} fw={600} c="inherit">
                    {action.title}
                  </Anchor>
                ) : (
                  <Text fw={600}>{action.title}</Text>
                )}
                <Text size="sm" c="dimmed">
                  {[
                    action.due
                      ? t('dashboardCards.overdueDue', { date: format.date(action.due) })
                      : undefined,
                    ownerName,
                    ideaTitle ?? sessionTitle,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </li>
            ))}
          </ul>
          {overdue.length > shown && (
            <Text size="sm" c="dimmed">
              {t('dashboardCards.overdueMore', { count: overdue.length - shown })}
            </Text>
          )}
        </>
      )}
      <Anchor component={Link} to="/ideeen" fw={600}>
        {t('dashboardCards.allIdeas')}
      </Anchor>
    </SectionCard>
  )
}
