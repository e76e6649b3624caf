import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type ProgrammeStats } from '../../../../shared/domain/stats-types'
import { useFormatters } from '../../components/use-formatters'
import classes from './Dashboard.module.css'
import { KpiTile } from './KpiTile'

/** The key-figure tiles, each against its goal where one is set. */
export function KeyFigures({ stats }: { stats: ProgrammeStats }) {
  const { t } = useTranslation()
  const format = useFormatters()

  const againstGoal = (label: string, value: number, goal: number) => ({
    detail: goal > 0 ? t('dashboard.ofGoal', { goal: format.number(goal) }) : t('common.noGoal'),
    progress:
      goal > 0
        ? {
            value: Math.min(100, (value / goal) * 100),
            label: `${label}: ${format.number(value)} ${t('common.of', { total: format.number(goal) })}`,
          }
        : undefined,
  })

  return (
    <section aria-labelledby="key-figures-heading">
      <Title order={2} id="key-figures-heading" className={classes.sectionTitle}>
        {t('dashboard.keyFigures')}
      </Title>
      <dl className={classes.tiles}>
        <KpiTile
          testId="kpi-streets"
          to="/straten"
          label={t('dashboard.streets')}
          value={format.number(stats.streets)}
          detail={t('dashboard.streetsDetail')}
        />
        <KpiTile
          testId="kpi-addresses"
          to="/straten"
          label={t('dashboard.addresses')}
          value={format.number(stats.addresses)}
          detail={t('dashboard.addressesDetail')}
        />
        <KpiTile
          testId="kpi-reached"
          to="/straten"
          wide
          label={t('dashboard.reached')}
          value={format.number(stats.reached)}
          detail={t('dashboard.reachedDetail', {
            addresses: format.number(stats.addresses),
            percent: format.percent(stats.coverage),
          })}
          progress={{
            value: stats.coverage * 100,
            label: `${t('dashboard.reached')}: ${t('common.percent', { value: format.percent(stats.coverage) })}`,
          }}
        />
        <KpiTile
          testId="kpi-conversations"
          to="/straten"
          label={t('dashboard.conversations')}
          value={format.number(stats.conversations)}
          {...againstGoal(t('dashboard.conversations'), stats.conversations, stats.goals.conversations)}
        />
        <KpiTile
          testId="kpi-ideas"
          to="/ideeen"
          label={t('dashboard.ideas')}
          value={format.number(stats.ideas)}
          {...againstGoal(t('dashboard.ideas'), stats.ideas, stats.goals.ideas)}
        />
        <KpiTile
          testId="kpi-realised"
          to="/ideeen?status=gerealiseerd"
          label={t('dashboard.realised')}
          value={format.number(stats.ideasRealised)}
          {...againstGoal(t('dashboard.realised'), stats.ideasRealised, stats.goals.ideasRealised)}
        />
        <KpiTile
          testId="kpi-sessions"
          to="/sessies"
          label={t('dashboard.sessions')}
          value={format.number(stats.sessionsHeld)}
          detail={t('dashboard.sessionsDetail', { planned: format.number(stats.sessionsPlanned) })}
        />
      </dl>
    </section>
  )
}
