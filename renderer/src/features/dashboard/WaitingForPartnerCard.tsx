import { Anchor, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import classes from './Dashboard.module.css'
import { useWaitingTime } from '../../components/use-waiting-time'

const shown = 4
/** An idea still waits while it is not realised, parked, refused or merged. */
const openStatuses: ReadonlySet<IdeaStatus> = new Set([
  'opgehaald',
  'uitgewerkt',
  'ingebracht',
  'in-uitvoering',
])

/** Ideas waiting longest for a partner's answer, from the partner list's waiting times. */
export function WaitingForPartnerCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const waitingTime = useWaitingTime()
  const partners = useApiQuery('partner.list', { programmeId })
  const waiting = useMemo(
    () =>
      (partners.data ?? [])
        .flatMap(({ partner, ideas }) =>
          ideas
            .filter((idea) => idea.answeredAt === undefined && openStatuses.has(idea.status))
            .map((idea) => ({ ...idea, partnerName: partner.name, key: `${partner.id}:${idea.ideaId}` })),
        )
        .sort((a, b) => b.waitingDays - a.waitingDays),
    [partners.data],
  )
  return (
    <SectionCard
      title={t('dashboardCards.waitingHeading')}
      description={t('dashboardCards.waitingIntro')}
      testId="waiting-for-partner"
    >
      {partners.error ? (
        <ErrorState error={partners.error} onRetry={partners.refresh} />
      ) : !partners.data ? (
        <LoadingState minHeight={80} />
      ) : waiting.length === 0 ? (
        <Text c="dimmed">{t('dashboardCards.waitingEmpty')}</Text>
      ) : (
        <ul className={classes.plainList}>
          {waiting.slice(0, shown).map((idea) => (
            <li key={idea.key} data-testid="waiting-idea">
              <Anchor component={Link} to={`/ideeen/${idea.ideaId}`} fw={600} c="inherit">
                {idea.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('dashboardCards.waitingFor', {
                  waiting: waitingTime(idea.waitingDays),
                  partner: idea.partnerName,
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Anchor component={Link} to="/partners" fw={600}>
        {t('dashboardCards.allPartners')}
      </Anchor>
    </SectionCard>
  )
}
