import { useTranslation } from 'react-i18next'
import { type ProgrammeSummary } from '../../../../shared/model/programme'
import { useFormatters } from '../../components/use-formatters'

/** "Gemeente Oldebroek · 1 maart 2026 t/m 31 december 2026" for a programme. */
export function useProgrammeSubtitle(programme: Pick<ProgrammeSummary, 'gemeente' | 'period'>): string {
  const { t } = useTranslation()
  const format = useFormatters()
  const gemeente = /^gemeente\s/i.test(programme.gemeente)
    ? programme.gemeente
    : t('dashboard.gemeente', { name: programme.gemeente })
  const start = format.date(programme.period.start)
  const period = programme.period.end
    ? t('dashboard.period', { start, end: format.date(programme.period.end) })
    : t('dashboard.periodOpen', { start })
  return `${gemeente} · ${period}`
}
