import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconShieldLock, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import classes from './IdeaForm.module.css'

type Initiator = { pseudonym: string; name: string }

interface InitiatorsFieldProps {
  value: Initiator[]
  onChange: (value: Initiator[]) => void
  /** Problems by index (a missing pseudonym). */
  errors: Record<number, string | undefined>
  defaultPseudonym: string
}

/** The residents who brought the idea in: a pseudonym each, a real name only if the coach wants. */
export function InitiatorsField({ value, onChange, errors, defaultPseudonym }: InitiatorsFieldProps) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<Initiator>) =>
    onChange(value.map((item, at) => (at === index ? { ...item, ...patch } : item)))
  return (
    <Fieldset legend={t('ideas.form.initiatorsLegend')} variant="unstyled" className={classes.fieldset}>
      <Stack gap="sm">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconShieldLock size={16} aria-hidden className={classes.privacyIcon} />
          <Text size="sm" c="dimmed">
            {t('ideas.form.privacy')}
          </Text>
        </Group>
        {value.map((initiator, index) => (
          <div key={index} className={classes.initiatorRow}>
            <TextInput
              label={t('ideas.form.pseudonym')}
              value={initiator.pseudonym}
              onChange={(event) => update(index, { pseudonym: event.currentTarget.value })}
              error={errors[index]}
              withAsterisk
            />
            <TextInput
              label={t('ideas.form.name')}
              value={initiator.name}
              onChange={(event) => update(index, { name: event.currentTarget.value })}
              autoComplete="off"
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              className={classes.remove}
              aria-label={t('ideas.form.removeInitiator', { number: index + 1 })}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </div>
        ))}
        <Button
          variant="subtle"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...value, { pseudonym: defaultPseudonym, name: '' }])}
          className={classes.addButton}
        >
          {t('ideas.form.addInitiator')}
        </Button>
      </Stack>
    </Fieldset>
  )
}
