import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type IdeaNeed,
  type IdeaScope,
  type Ingredient,
  ideaNeeds,
  ideaScopes,
  ingredients,
} from '../../../../shared/model/vocabulary'
import { useApiQuery } from '../../api/use-api-query'
import { DateField } from '../../components/forms/DateField'
import { type IdeaFormValues, ideaFormProblems } from './idea-form-values'
import classes from './IdeaForm.module.css'
import { InitiatorsField } from './InitiatorsField'
import { type IdeaLookups } from './use-idea-lookups'

interface IdeaFormProps {
  initialValues: IdeaFormValues
  lookups: IdeaLookups
  submitLabel: string
  /** Saves; answers a field path and message when the API refused a field. */
  onSubmit: (values: IdeaFormValues) => Promise<{ field?: string; message: string } | undefined>
  onCancel: () => void
}

/** The full capture form of an idea, in the order a coach tells it. */
export function IdeaForm({ initialValues, lookups, submitLabel, onSubmit, onCancel }: IdeaFormProps) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initialValues)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [submitted, setSubmitted] = useState(false)
  const [busy, setBusy] = useState(false)
  const addresses = useApiQuery('address.list', values.streetId ? { streetId: values.streetId } : undefined, {
    enabled: values.streetId !== null,
  })
  const set = <K extends keyof IdeaFormValues>(key: K, value: IdeaFormValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }))
    setErrors((previous) => {
      const next = { ...previous }
      delete next[key]
      return next
    })
  }
  const streetName = lookups.streets.find((street) => street.value === values.streetId)?.label

  const submit = async () => {
    setSubmitted(true)
    const problems = Object.fromEntries(
      Object.entries(ideaFormProblems(values)).map(([field, key]) => [field, t(`ideas.form.${key}`)]),
    )
    setErrors(problems)
    if (Object.keys(problems).length > 0) return
    setBusy(true)
    const refusal = await onSubmit(values)
    setBusy(false)
    if (refusal?.field) setErrors({ [refusal.field]: refusal.message })
  }

  const initiatorErrors = Object.fromEntries(
    values.initiators.map((_, index) => [index, errors[`initiators.${index}.pseudonym`]]),
  )
  return (
    <form
      noValidate
      aria-label={submitLabel}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('ideas.form.title')}
          placeholder={t('ideas.form.titlePlaceholder')}
          withAsterisk
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
          data-autofocus
          autoComplete="off"
        />
        <Textarea
          label={t('ideas.form.description')}
          description={t('ideas.form.descriptionHint')}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
          error={errors.description}
        />
        <div className={classes.pair}>
          <Select
            label={t('ideas.form.street')}
            placeholder={t('ideas.noStreet')}
            data={lookups.streets}
            value={values.streetId}
            onChange={(value) => setValues((previous) => ({ ...previous, streetId: value, addressId: null }))}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('ideas.form.address')}
            data={(addresses.data ?? []).map((item) => ({
              value: item.address.id,
              label: `${streetName ?? ''} ${item.label}`.trim(),
            }))}
            value={values.addressId}
            onChange={(value) => set('addressId', value)}
            disabled={values.streetId === null}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
          />
        </div>
        <MultiSelect
          label={t('ideas.form.themes')}
          data={lookups.themes}
          value={values.themes}
          onChange={(value) => set('themes', value)}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox.Group
          label={t('ideas.form.ingredients')}
          value={values.ingredients}
          onChange={(value) => set('ingredients', value as Ingredient[])}
        >
          <Stack gap={6} mt={6}>
            {ingredients.map((value) => (
              <Checkbox key={value} value={value} label={t(`vocabulary.ingredient.${value}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <div className={classes.pair}>
          <Stack gap={4}>
            <Text size="sm" fw={600} id="idea-scope-label">
              {t('ideas.form.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="idea-scope-label"
              data={ideaScopes.map((value) => ({ value, label: t(`vocabulary.ideaScope.${value}`) }))}
              value={values.scope}
              onChange={(value) => set('scope', value as IdeaScope)}
            />
          </Stack>
          <NumberInput
            label={t('ideas.form.supporters')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={values.supporters}
            onChange={(value) => set('supporters', typeof value === 'number' ? value : 0)}
            error={errors.supporters}
          />
        </div>
        <InitiatorsField
          value={values.initiators}
          onChange={(value) => set('initiators', value)}
          errors={initiatorErrors}
          defaultPseudonym={streetName ? `bewoner ${streetName}` : ''}
        />
        <Checkbox.Group
          label={t('ideas.form.needs')}
          value={values.needs}
          onChange={(value) => set('needs', value as IdeaNeed[])}
        >
          <Group gap="md" mt={6}>
            {ideaNeeds.map((value) => (
              <Checkbox key={value} value={value} label={t(`vocabulary.ideaNeed.${value}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <div className={classes.pair}>
          <Select
            label={t('ideas.form.session')}
            data={lookups.sessions}
            value={values.sessionId}
            onChange={(value) => set('sessionId', value)}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
          />
          <DateField
            label={t('ideas.form.collectedOn')}
            value={values.collectedOn}
            onChange={(value) => set('collectedOn', value)}
            error={errors.collectedOn}
          />
        </div>
        {submitted && Object.keys(errors).length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {t('ideas.form.fixErrors')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
