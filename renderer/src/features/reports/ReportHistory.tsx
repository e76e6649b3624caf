import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'

/** Reports made before for this programme: what, for whom, when, with or without names. */
export function ReportHistory({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const history = useApiQuery('report.history', { programmeId })
  return (
    <SectionCard title={t('reports.historyHeading')} testId="report-history">
      {history.error ? (
        <ErrorState error={history.error} onRetry={history.refresh} />
      ) : !history.data ? (
        <LoadingState minHeight={80} />
      ) : history.data.length === 0 ? (
        <Text c="dimmed">{t('reports.historyEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.historyKind')}</Table.Th>
                <Table.Th>{t('reports.historySubject')}</Table.Th>
                <Table.Th>{t('reports.historyWhen')}</Table.Th>
                <Table.Th>{t('reports.historyLanguage')}</Table.Th>
                <Table.Th>{t('reports.historyNames')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((entry) => (
                <Table.Tr key={entry.id} data-testid="report-history-row">
                  <Table.Td>{t(`vocabulary.reportKind.${entry.kind}`)}</Table.Td>
                  <Table.Td>{entry.subject || '—'}</Table.Td>
                  <Table.Td>{format.dateTime(entry.generatedAt)}</Table.Td>
                  <Table.Td>{t(`vocabulary.language.${entry.language}`)}</Table.Td>
                  <Table.Td>
                    {entry.includeNames ? (
                      <Badge color="orange" variant="light">
                        {t('reports.yes')}
                      </Badge>
                    ) : (
                      t('reports.no')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  )
}
