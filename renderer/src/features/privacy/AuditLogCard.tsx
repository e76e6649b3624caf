import { Button, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'

/** How many lines show before "Alle regels tonen". */
const FIRST_LINES = 25

/** "Logboek": the audit log, newest first — what happened and when, never the content. */
export function AuditLogCard() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const format = useFormatters()
  const log = useApiQuery('audit.list', { programmeId: active.id })
  const [showAll, setShowAll] = useState(false)
  const entries = log.data ?? []
  const shown = showAll ? entries : entries.slice(0, FIRST_LINES)
  return (
    <SectionCard
      title={t('privacy.audit.heading')}
      description={t('privacy.audit.intro')}
      testId="privacy-audit"
    >
      {log.data ? (
        entries.length === 0 ? (
          <Text c="dimmed">{t('privacy.audit.none')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" aria-label={t('privacy.audit.caption')} data-testid="audit-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('privacy.audit.when')}</Table.Th>
                    <Table.Th scope="col">{t('privacy.audit.kind')}</Table.Th>
                    <Table.Th scope="col">{t('privacy.audit.subject')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((entry) => (
                    <Table.Tr key={entry.id} data-testid="audit-row">
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t(`privacy.audit.kinds.${entry.kind}`)}
                      </Table.Td>
                      <Table.Td>{entry.subject}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {!showAll && entries.length > FIRST_LINES && (
              <Button variant="subtle" onClick={() => setShowAll(true)}>
                {t('privacy.audit.more', { count: entries.length })}
              </Button>
            )}
          </>
        )
      ) : log.error ? (
        <ErrorState error={log.error} onRetry={log.refresh} />
      ) : (
        <LoadingState minHeight={60} />
      )}
    </SectionCard>
  )
}
