import { Group, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type StreetCoverage } from '../../../../shared/domain/stats-types'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import classes from './Dashboard.module.css'

/** Reach per street as labelled progress bars. */
export function StreetCoverageCard({ streets }: { streets: StreetCoverage[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <SectionCard
      title={t('dashboard.coverageHeading')}
      description={t('dashboard.coverageIntro')}
      testId="street-coverage"
    >
      {streets.length === 0 ? (
        <Text c="dimmed">{t('dashboard.noStreets')}</Text>
      ) : (
        <ul className={classes.barList}>
          {streets.map((street) => (
            <li key={street.streetId} data-testid="street-coverage-row">
              <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
                <Text fw={600}>{street.name}</Text>
                <Text size="sm" c="dimmed" className="app-tabular">
                  {t('dashboard.coverageRow', {
                    reached: format.number(street.reached),
                    addresses: format.number(street.addresses),
                    percent: format.percent(street.coverage),
                  })}
                </Text>
              </Group>
              <Progress
                value={street.coverage * 100}
                size="lg"
                radius="xl"
                aria-label={t('dashboard.coverageBar', {
                  street: street.name,
                  percent: format.percent(street.coverage),
                })}
              />
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  )
}
