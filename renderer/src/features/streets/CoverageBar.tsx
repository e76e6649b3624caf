import { Group, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type Coverage } from '../../../../shared/domain/stats-types'
import { useFormatters } from '../../components/use-formatters'

/** Reached addresses of a street as a bar with "12 van 40 · 30%". */
export function CoverageBar({ coverage, streetName }: { coverage: Coverage; streetName: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const percent = format.percent(coverage.coverage)
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
        <Text size="sm" className="app-tabular" data-testid="coverage-text">
          {t('streets.coverage.reachedOf', {
            reached: format.number(coverage.reached),
            addresses: format.number(coverage.addresses),
          })}
        </Text>
        <Text size="sm" fw={600} className="app-tabular">
          {t('common.percent', { value: percent })}
        </Text>
      </Group>
      <Progress
        value={coverage.coverage * 100}
        size="md"
        radius="xl"
        aria-label={t('streets.coverage.bar', { street: streetName, percent })}
      />
    </div>
  )
}
