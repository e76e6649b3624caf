import { Radio, Select, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  type ConsentChannel,
  consentChannels,
  type SignalCategory,
  signalCategories,
  type SignalConsent,
  signalConsents,
} from '../../../../../shared/model/resident-vocabulary'
import { localToday } from '../../../components/local-today'
import classes from '../Residents.module.css'
import { DateField } from '../../../components/forms/DateField'

/** What the coach fills in about a signal: kind, consent (how and when) and, with consent, a note. */
export interface SignalFieldValues {
  category: SignalCategory | null
  consent: SignalConsent | null
  consentHow: ConsentChannel
  consentOn: string | null
  note: string
}

/** Empty values: nothing chosen, consent given in person today once it is given. */
export function emptySignalFields(): SignalFieldValues {
  return { category: null, consent: null, consentHow: 'mondeling', consentOn: localToday(), note: '' }
}

interface SignalFieldsProps {
  values: SignalFieldValues
  onChange: (values: SignalFieldValues) => void
  errors: Record<string, string | undefined>
  /** Focus the kind of signal first (the door-mode form opens with it). */
  autoFocus?: boolean
}

/**
 * The kind of signal, the resident's consent first, and only with consent how and when it was given and
 * a note. Without consent the form says what is kept: only the kind and the street.
 */
export function SignalFields({ values, onChange, errors, autoFocus }: SignalFieldsProps) {
  const { t } = useTranslation()
  const set = <K extends keyof SignalFieldValues>(key: K, value: SignalFieldValues[K]) =>
    onChange({ ...values, [key]: value })
  const consented = values.consent !== null && values.consent !== 'geen'
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('residents.signals.form.category')}
        value={values.category ?? ''}
        onChange={(value) => set('category', value as SignalCategory)}
        error={errors.category}
        withAsterisk
      >
        <div className={classes.choices}>
          {signalCategories.map((category, index) => (
            <Radio
              key={category}
              value={category}
              label={t(`vocabulary.signalCategory.${category}`)}
              data-autofocus={autoFocus && index === 0 ? true : undefined}
            />
          ))}
        </div>
      </Radio.Group>
      <Radio.Group
        label={t('residents.signals.form.consent')}
        description={t('residents.signals.form.consentHint')}
        value={values.consent ?? ''}
        onChange={(value) => set('consent', value as SignalConsent)}
        error={errors.consent}
        withAsterisk
      >
        <Stack gap={6} mt={6}>
          {signalConsents.map((consent) => (
            <Radio key={consent} value={consent} label={t(`vocabulary.signalConsent.${consent}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {values.consent === 'geen' && (
        <Text size="sm" className={classes.note} data-testid="signal-count-only">
          {t('residents.signals.form.countOnly')}
        </Text>
      )}
      {consented && (
        <>
          <div className={classes.pair}>
            <Select
              label={t('residents.signals.form.consentHow')}
              data={consentChannels.map((value) => ({
                value,
                label: t(`vocabulary.consentChannel.${value}`),
              }))}
              value={values.consentHow}
              onChange={(value) => value && set('consentHow', value as ConsentChannel)}
              allowDeselect={false}
              error={errors.consentHow}
              comboboxProps={{ withinPortal: true }}
            />
            <DateField
              label={t('residents.signals.form.consentOn')}
              value={values.consentOn}
              onChange={(value) => set('consentOn', value)}
              maxDate={localToday()}
              error={errors.consentOn}
            />
          </div>
          <Textarea
            label={t('residents.signals.form.note')}
            description={t('residents.signals.form.noteHint')}
            value={values.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
            error={errors.note}
          />
        </>
      )}
    </Stack>
  )
}

/** Checks what the form itself can: a kind and a consent choice. Answers the problems by field. */
export function signalFieldProblems(
  values: SignalFieldValues,
  t: (key: 'residents.signals.form.categoryRequired' | 'residents.signals.form.consentRequired') => string,
): Record<string, string> {
  const problems: Record<string, string> = {}
  if (values.category === null) problems.category = t('residents.signals.form.categoryRequired')
  if (values.consent === null) problems.consent = t('residents.signals.form.consentRequired')
  return problems
}
