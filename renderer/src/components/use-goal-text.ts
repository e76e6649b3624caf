import { useTranslation } from 'react-i18next'
import { againstGoal } from '../../../shared/domain/key-figures'
import { useFormatters } from './use-formatters'

/**
 * "doel 15 · 40%" for a figure against the programme's goal, or "geen doel" without one: the same
 * words and rounding as the dashboard's key figures.
 */
export function useGoalText(): (value: number, goal: number) => string {
  const { t } = useTranslation()
  const format = useFormatters()
  return (value, goal) => {
    const figure = againstGoal(value, goal)
    return figure.share === undefined
      ? t('common.noGoal')
      : t('dashboard.ofGoal', { goal: format.number(goal), percent: format.percent(figure.share) })
  }
}
