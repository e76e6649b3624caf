import { useTranslation } from 'react-i18next'
import { type StreetCoverage } from '../../../../../shared/domain/stats-types'
import { useFormatters } from '../../../components/use-formatters'
import classes from './StreetDetail.module.css'

/** The street's coverage as a row of figures (a description list, so every number has its name). */
export function CoverageFigures({ coverage }: { coverage: StreetCoverage }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const figures: Array<{ id: string; label: string; value: string; main?: boolean }> = [
    {
      id: 'coverage',
      label: t('streets.detail.figures.coverage', {
        reached: format.number(coverage.reached),
        addresses: format.number(coverage.addresses),
      }),
      value: t('common.percent', { value: format.percent(coverage.coverage) }),
      main: true,
    },
    { id: 'addresses', label: t('streets.columns.addresses'), value: format.number(coverage.addresses) },
    { id: 'attempted', label: t('streets.columns.attempted'), value: format.number(coverage.attempted) },
    {
      id: 'not-home-only',
      label: t('streets.columns.notHomeOnly'),
      value: format.number(coverage.notHomeOnly),
    },
    {
      id: 'do-not-contact',
      label: t('streets.columns.doNotContact'),
      value: format.number(coverage.doNotContact),
    },
    { id: 'ideas', label: t('streets.columns.ideas'), value: format.number(coverage.ideas) },
  ]
  return (
    <dl className={classes.figures} aria-label={t('streets.detail.figures.label')}>
      {figures.map((figure) => (
        <div key={figure.id} className={`${classes.figure} ${figure.main ? classes.figureMain : ''}`}>
          <dt>{figure.label}</dt>
          <dd data-testid={`street-figure-${figure.id}`}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  )
}
