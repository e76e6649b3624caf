import { Button, Group, Text } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ApiInput } from '../../../../shared/api/contract'
import { api } from '../../api/client'
import { toApiClientError } from '../../api/api-client-error'
import { notifyApiError, notifySuccess } from '../../components/notifications'
import { downloadBase64File } from '../../components/files'

const mimeTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const

/** Downloads the (filtered) idea list as an Excel or CSV file. */
export function ExportButtons({ input }: { input: Omit<ApiInput<'idea.export'>, 'format'> }) {
  const { t } = useTranslation()
  const labelId = useId()
  const [busy, setBusy] = useState<'xlsx' | 'csv' | undefined>()
  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(format)
    try {
      const file = await api.call('idea.export', { ...input, format })
      const saved = await downloadBase64File(file.fileName, file.base64, mimeTypes[format])
      if (saved.saved) notifySuccess(t('ideas.table.exported', { fileName: file.fileName }))
    } catch (error) {
      notifyApiError(toApiClientError('idea.export', error))
    } finally {
      setBusy(undefined)
    }
  }
  return (
    <Group gap="xs" role="group" aria-labelledby={labelId}>
      <Text size="sm" c="dimmed" id={labelId}>
        {t('ideas.table.exportLabel')}
      </Text>
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          size="sm"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={busy === format}
          disabled={busy !== undefined && busy !== format}
          onClick={() => void run(format)}
        >
          {format === 'xlsx' ? t('ideas.table.exportXlsx') : t('ideas.table.exportCsv')}
        </Button>
      ))}
    </Group>
  )
}
