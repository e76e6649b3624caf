import { Button, Group, Stack, TextInput } from '@mantine/core'
import { IconEraser } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ErasureResult } from '../../../../shared/api/contract'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { SectionCard } from '../../components/SectionCard'
import { AddressPicker } from './AddressPicker'
import { EraseConfirmDialog } from './EraseConfirmDialog'
import { EraseResultPanel } from './EraseResultPanel'
import { useAddressChoice } from './use-address-choice'

/** "Een bewoner wissen": choose an address and/or a name, confirm, then see what went and which backups still hold it. */
export function EraseCard() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const choice = useAddressChoice()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [asking, setAsking] = useState(false)
  const [result, setResult] = useState<ErasureResult | undefined>(undefined)
  const erase = useApiMutation('privacy.erase')

  const ask = () => {
    if (choice.addressId === '' && name.trim() === '') {
      setError(t('privacy.erase.needSomething'))
      return
    }
    setError(undefined)
    setAsking(true)
  }

  const confirm = async () => {
    const outcome = await erase.mutate({
      programmeId: active.id,
      ...(choice.addressId !== '' ? { addressId: choice.addressId } : {}),
      ...(name.trim() !== '' ? { name: name.trim() } : {}),
    })
    setAsking(false)
    if (!outcome.ok) return
    setResult(outcome.value)
    setName('')
    choice.reset()
  }

  return (
    <SectionCard
      title={t('privacy.erase.heading')}
      description={t('privacy.erase.intro')}
      testId="privacy-erase"
    >
      <Stack gap="md">
        <AddressPicker choice={choice} testId="erase-address-picker" />
        <TextInput
          label={t('privacy.erase.name')}
          description={t('privacy.erase.nameHint')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          maxLength={120}
          autoComplete="off"
        />
        <Group>
          <Button
            variant="default"
            leftSection={<IconEraser size={18} aria-hidden color="var(--mantine-color-red-8)" />}
            onClick={ask}
          >
            {t('privacy.erase.button')}
          </Button>
        </Group>
        {result && <EraseResultPanel result={result} />}
      </Stack>
      <EraseConfirmDialog
        opened={asking}
        address={choice.addressId !== '' ? choice.chosenLabel : undefined}
        name={name.trim() !== '' ? name.trim() : undefined}
        busy={erase.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </SectionCard>
  )
}
