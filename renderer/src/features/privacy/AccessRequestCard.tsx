import { Button, Group, Stack, Text } from '@mantine/core'
import { IconFileText, IconJson } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { downloadBase64File } from '../../components/files'
import { notifySuccess } from '../../components/notifications'
import { SectionCard } from '../../components/SectionCard'
import { AddressPicker } from './AddressPicker'
import { useAddressChoice } from './use-address-choice'

const mimeTypes = {
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

/** "Inzageverzoek": everything about one address as a JSON file or a Word document. */
export function AccessRequestCard() {
  const { t } = useTranslation()
  const choice = useAddressChoice()
  const exportAddress = useApiMutation('privacy.exportAddress')
  const [busy, setBusy] = useState<'json' | 'docx' | undefined>(undefined)
  const [hint, setHint] = useState<string | undefined>(undefined)

  const download = async (format: 'json' | 'docx') => {
    if (choice.addressId === '') {
      setHint(t('privacy.access.chooseAddress'))
      return
    }
    setHint(undefined)
    setBusy(format)
    const outcome = await exportAddress.mutate({ addressId: choice.addressId, format })
    setBusy(undefined)
    if (!outcome.ok) return
    const saved = await downloadBase64File(outcome.value.fileName, outcome.value.base64, mimeTypes[format])
    if (saved.saved) notifySuccess(t('privacy.access.saved', { name: outcome.value.fileName }))
  }

  return (
    <SectionCard
      title={t('privacy.access.heading')}
      description={t('privacy.access.intro')}
      testId="privacy-access"
    >
      <Stack gap="md">
        <AddressPicker choice={choice} testId="access-address-picker" />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileText size={18} aria-hidden />}
            loading={busy === 'docx'}
            disabled={busy !== undefined}
            onClick={() => void download('docx')}
          >
            {t('privacy.access.docx')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconJson size={18} aria-hidden />}
            loading={busy === 'json'}
            disabled={busy !== undefined}
            onClick={() => void download('json')}
          >
            {t('privacy.access.json')}
          </Button>
        </Group>
        {hint !== undefined && (
          <Text size="sm" c="red.8" role="alert">
            {hint}
          </Text>
        )}
      </Stack>
    </SectionCard>
  )
}
