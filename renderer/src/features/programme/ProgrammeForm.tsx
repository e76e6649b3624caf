import { Fieldset, NumberInput, Stack, TextInput, Textarea } from '@mantine/core'
import { type ReactNode } from 'react'
import { Controller, type SubmitHandler, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { type ApiClientError } from '../../api/api-client-error'
import { FormFooter } from '../../components/forms/FormFooter'
import { DateField } from '../../components/forms/DateField'
import { serverErrorField } from '../../components/forms/server-field-error'
import classes from './ProgrammeForm.module.css'
import { type ProgrammeFormValues, programmeFormFields } from './programme-form-values'
import { type ProgrammeDraftOutput, useProgrammeFormResolver } from './use-programme-form-resolver'

interface ProgrammeFormProps {
  initialValues: ProgrammeFormValues
  submitLabel: string
  /** Saves the programme; answers the error when it failed, so field errors show beside their field. */
  onSubmit: (draft: ProgrammeDraftOutput) => Promise<ApiClientError | undefined>
  /** Extra buttons beside the submit button (e.g. "Terug"). */
  secondaryActions?: ReactNode
  /** More fields after the goals (a new programme's usual partners). */
  extraFields?: ReactNode
}

const goalFields = [
  ['goals.addresses', 'programmeForm.goalAddresses'],
  ['goals.conversations', 'programmeForm.goalConversations'],
  ['goals.ideas', 'programmeForm.goalIdeas'],
  ['goals.ideasRealised', 'programmeForm.goalIdeasRealised'],
  ['goals.activeResidents', 'residents.goals.activeResidents'],
  ['goals.connections', 'residents.goals.connections'],
] as const

/**
 * The programme's details, period and goals. Validated with the API's own schema before sending;
 * a validation error from the API is shown beside its field as well.
 */
export function ProgrammeForm({
  initialValues,
  submitLabel,
  onSubmit,
  secondaryActions,
  extraFields,
}: ProgrammeFormProps) {
  const { t } = useTranslation()
  const resolver = useProgrammeFormResolver()
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<ProgrammeFormValues, unknown, ProgrammeDraftOutput>({
    defaultValues: initialValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })

  const submit: SubmitHandler<ProgrammeDraftOutput> = async (draft) => {
    const error = await onSubmit(draft)
    const field = error ? serverErrorField(error, programmeFormFields) : undefined
    if (error && field) setError(field, { type: 'server', message: error.message }, { shouldFocus: true })
  }

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={submitLabel}>
      <Stack gap="xl">
        <Fieldset legend={t('programmeForm.detailsLegend')} variant="unstyled" className={classes.fieldset}>
          <Stack gap="md">
            <TextInput
              label={t('programmeForm.name')}
              placeholder={t('programmeForm.namePlaceholder')}
              withAsterisk
              autoComplete="off"
              error={errors.name?.message}
              {...register('name')}
            />
            <TextInput
              label={t('programmeForm.gemeente')}
              placeholder={t('programmeForm.gemeentePlaceholder')}
              withAsterisk
              autoComplete="off"
              error={errors.gemeente?.message}
              {...register('gemeente')}
            />
            <Textarea
              label={t('programmeForm.description')}
              description={t('programmeForm.descriptionHint')}
              autosize
              minRows={3}
              maxRows={8}
              error={errors.description?.message}
              {...register('description')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('programmeForm.periodLegend')} variant="unstyled" className={classes.fieldset}>
          <div className={classes.pair}>
            <Controller
              control={control}
              name="period.start"
              render={({ field }) => (
                <DateField
                  label={t('programmeForm.start')}
                  withAsterisk
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  name={field.name}
                  error={errors.period?.start?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="period.end"
              render={({ field }) => (
                <DateField
                  label={t('programmeForm.end')}
                  description={t('programmeForm.endHint')}
                  clearable
                  clearButtonProps={{ 'aria-label': t('programmeForm.clearEnd') }}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  name={field.name}
                  error={errors.period?.end?.message}
                />
              )}
            />
          </div>
        </Fieldset>

        <Fieldset legend={t('programmeForm.goalsLegend')} variant="unstyled" className={classes.fieldset}>
          <p className={classes.hint}>{t('programmeForm.goalsHint')}</p>
          <div className={classes.goals}>
            {goalFields.map(([name, labelKey]) => (
              <Controller
                key={name}
                control={control}
                name={name}
                render={({ field }) => (
                  <NumberInput
                    label={t(labelKey)}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    name={field.name}
                    error={
                      errors.goals?.[name.slice('goals.'.length) as keyof ProgrammeFormValues['goals']]
                        ?.message
                    }
                  />
                )}
              />
            ))}
          </div>
        </Fieldset>

        {extraFields}

        <FormFooter
          showErrors={submitCount > 0 && Object.keys(errors).length > 0}
          fixErrors={t('programmeForm.fixErrors')}
          submitLabel={submitLabel}
          submitting={isSubmitting}
          secondaryActions={secondaryActions}
        />
      </Stack>
    </form>
  )
}
