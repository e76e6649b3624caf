import { Button, Paper, Radio, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SyncConflict } from '../../../../shared/api/methods/sync'
import { fieldLabel } from '../../../../shared/api/field-labels'
import { useApiMutation } from '../../api/use-api-mutation'

/** A value of one version as the coach reads it. */
function shown(value: unknown, removedWord: string, keptWord: string, removedField: boolean): string {
  if (removedField) return value ? removedWord : keptWord
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/** One conflict: per differing field, a choice between the versions. */
export function SyncConflictCard({ conflict }: { conflict: SyncConflict }) {
  const { t, i18n } = useTranslation()
  const resolve = useApiMutation('sync.resolve')
  const [choices, setChoices] = useState<Record<string, number>>({})
  const language = i18n.language === 'en' ? 'en' : 'nl'
  return (
    <Paper withBorder p="md" radius="md" data-testid="sync-conflict">
      <Stack gap="sm">
        <Text fw={600}>{conflict.message}</Text>
        <Table>
          <Table.Tbody>
            {conflict.fields.map(({ field, values }) => {
              const removedField = field === '_verwijderd'
              const label = removedField ? t('sync.removed') : fieldLabel([field], language)
              return (
                <Table.Tr key={field}>
                  <Table.Th scope="row" style={{ verticalAlign: 'top', width: '30%' }}>
                    {label}
                  </Table.Th>
                  <Table.Td>
                    <Radio.Group
                      value={String(choices[field] ?? 0)}
                      onChange={(value) => setChoices((now) => ({ ...now, [field]: Number(value) }))}
                      aria-label={label}
                    >
                      <Stack gap={4}>
                        {values.map((value, index) => (
                          <Radio
                            key={index}
                            value={String(index)}
                            label={`${index === 0 ? t('sync.versionApplied', { n: index + 1 }) : t('sync.version', { n: index + 1 })}: ${shown(value, t('sync.removed'), t('sync.kept'), removedField)}`}
                          />
                        ))}
                      </Stack>
                    </Radio.Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
        <div>
          <Button
            variant="default"
            loading={resolve.isPending}
            onClick={() => void resolve.mutate({ docId: conflict.docId, choices })}
          >
            {t('sync.resolve')}
          </Button>
        </div>
      </Stack>
    </Paper>
  )
}
