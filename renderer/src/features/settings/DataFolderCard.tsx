import { ActionIcon, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'

/** Where the data and backups live on this computer, with a button to copy the path. */
export function DataFolderCard() {
  const { t } = useTranslation()
  const status = useApiQuery('app.status')
  const dataDir = status.data?.dataDir
  return (
    <SectionCard
      title={t('settings.dataFolderHeading')}
      description={t('settings.dataFolderText')}
      testId="settings-data-folder"
    >
      {dataDir === undefined ? (
        <LoadingState minHeight={40} />
      ) : (
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            data-testid="data-dir"
          >
            {dataDir}
          </Code>
          <CopyButton value={dataDir}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('settings.copied') : t('settings.copy')} withArrow>
                <ActionIcon variant="default" size="lg" onClick={copy} aria-label={t('settings.copy')}>
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      )}
      {status.data && (
        <Text size="xs" c="dimmed">
          {t('app.version', { version: status.data.appVersion })}
        </Text>
      )}
    </SectionCard>
  )
}
