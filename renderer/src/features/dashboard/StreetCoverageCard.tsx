import { Anchor, Button, Group, Text } from '@mantine/core'
import { IconFileImport, IconPlus } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { streetCoverageChart } from '../../../../shared/charts'
import { type StreetCoverage } from '../../../../shared/domain/stats-types'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { useChartLanguage } from '../../components/charts/use-chart-language'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import { addressImportPath, addStreetPath } from '../streets/streets-paths'
import classes from './Dashboard.module.css'

/** Reach per street: a bar chart from the shared chart data, and each street's figures in words. */
export function StreetCoverageCard({ streets }: { streets: StreetCoverage[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const language = useChartLanguage()
  const chart = useMemo(() => streetCoverageChart({ perStreet: streets }, language), [streets, language])
  return (
    <SectionCard
      title={t('dashboard.coverageHeading')}
      description={t('dashboard.coverageIntro')}
      testId="street-coverage"
    >
      {streets.length === 0 ? (
        <>
          <Text c="dimmed">{t('dashboard.noStreets')}</Text>
          <Group gap="sm">
            <Button component={Link} to={addStreetPath} leftSection={<IconPlus size={18} aria-hidden />}>
              {t('streets.overview.addStreet')}
            </Button>
            <Button
              component={Link}
              to={addressImportPath}
              variant="default"
              leftSection={<IconFileImport size={18} aria-hidden />}
            >
              {t('streets.overview.import')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <ChartFigure chart={chart} height={Math.max(160, streets.length * 44 + 24)} />
          <ul className={classes.plainList}>
            {streets.map((street) => (
              <li key={street.streetId} data-testid="street-coverage-row">
                <Link to="/straten" className={classes.rowLink}>
                  <Text fw={600} component="span">
                    {street.name}
                  </Text>
                  <Text size="sm" c="dimmed" className="app-tabular" component="span">
                    {t('dashboard.coverageRow', {
                      reached: format.number(street.reached),
                      addresses: format.number(street.addresses),
                      percent: format.percent(street.coverage),
                    })}
                  </Text>
                </Link>
              </li>
            ))}
          </ul>
          <Anchor component={Link} to="/straten" fw={600}>
            {t('dashboardCards.allStreets')}
          </Anchor>
        </>
      )}
    </SectionCard>
  )
}
