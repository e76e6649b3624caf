import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type GoalFigure, keyFigures } from '../../../../shared/domain/key-figures'
import { type ProgrammeStats } from '../../../../shared/domain/stats-types'
import { useFormatters } from '../../components/use-formatters'
import classes from './Dashboard.module.css'
import { KpiTile } from './KpiTile'

/** The key-figure tiles, each against its goal where one is set. */
export function KeyFigures({ stats }: { stats: ProgrammeStats }) {
  const { t } = useTranslation()
  const format = useFormatters()

  const figures = keyFigures(stats)
  const { reached } = figures
  const goalTile = (label: string, figure: GoalFigure) => ({
    value: format.number(figure.value),
    detail:
      figure.share !== undefined
        ? t('dashboard.ofGoal', { goal: format.number(figure.goal), percent: format.percent(figure.share) })
        : t('common.noGoal'),
    progress:
      figure.share !== undefined
        ? {
            value: Math.min(100, figure.share * 100),
            label: `${label}: ${format.number(figure.value)} ${t('common.of', { total: format.number(figure.goal) })}`,
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
          value={format.number(reached.value)}
          detail={
            reached.basis === 'goal'
              ? t('dashboard.reachedOfGoal', {
                  goal: format.number(reached.goal),
                  percent: format.percent(reached.share),
                  addresses: format.number(reached.addresses),
                })
              : t('dashboard.reachedDetail', {
                  addresses: format.number(reached.addresses),
                  percent: format.percent(reached.share),
                })
          }
          progress={{
            value: Math.min(100, reached.share * 100),
            label: `${t('dashboard.reached')}: ${t('common.percent', { value: format.percent(reached.share) })}`,
          }}
        />
        <KpiTile
          testId="kpi-conversations"
          to="/straten"
          label={t('dashboard.conversations')}
          {...goalTile(t('dashboard.conversations'), figures.conversations)}
        />
        <KpiTile
          testId="kpi-ideas"
          to="/ideeen"
          label={t('dashboard.ideas')}
          {...goalTile(t('dashboard.ideas'), figures.ideas)}
        />
        <KpiTile
          testId="kpi-realised"
          to="/ideeen?status=gerealiseerd"
          label={t('dashboard.realised')}
          {...goalTile(t('dashboard.realised'), figures.realised)}
        />
        <KpiTile
          testId="kpi-sessions"
          to="/sessies"
          label={t('dashboard.sessions')}
          value={format.number(figures.sessionsHeld)}
          detail={t('dashboard.sessionsDetail', { planned: format.number(figures.sessionsPlanned) })}
        />
      </dl>
    </section>
  )
}
