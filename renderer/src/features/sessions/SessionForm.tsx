import { MultiSelect, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { type ReactNode, useEffect, useRef } from 'react'
import { Controller, type SubmitHandler, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { sessionTypes } from '../../../../shared/model'
import { type ApiClientError } from '../../api/api-client-error'
import { FormFooter } from '../../components/forms/FormFooter'
import { DateField } from '../../components/forms/DateField'
import { serverErrorField } from '../../components/forms/server-field-error'
import classes from './SessionForm.module.css'
import { SessionWarningsAlert } from './SessionWarningsAlert'
import { type SessionTimes } from '../../../../shared/domain/session-times'
import { type SessionType } from '../../../../shared/model'
import { type SessionDraft, type SessionFormValues, sessionFormFields } from './session-form-values'
import { useLiveWarnings } from './use-live-warnings'
import { useSessionFormResolver } from './use-session-form-resolver'
import { type SessionOptions } from './use-session-options'

interface SessionFormProps {
  programmeId: string
  /** The session being changed; absent for a new one. */
  sessionId?: string
  initialValues: SessionFormValues
  options: SessionOptions
  submitLabel: string
  /** Saves the session; answers the error when it failed, so field errors show beside their field. */
  onSubmit: (draft: SessionDraft) => Promise<ApiClientError | undefined>
  secondaryActions?: ReactNode
  /** For a new session: the times for a kind; they follow the chosen kind until the coach changes them. */
  timesFor?: (type: SessionType) => SessionTimes
}

/**
 * Plans or changes a session: what, when, who and which streets. Checked before sending; warnings
 * (double booking, street already done) appear while it is filled in and never block saving.
 */
export function SessionForm({
  programmeId,
  sessionId,
  initialValues,
  options,
  submitLabel,
  onSubmit,
  secondaryActions,
  timesFor,
}: SessionFormProps) {
  const { t } = useTranslation()
  const resolver = useSessionFormResolver()
  const { register, control, handleSubmit, setError, setValue, getValues, formState } = useForm<
    SessionFormValues,
    unknown,
    SessionDraft
  >({
    defaultValues: initialValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { errors, isSubmitting, submitCount } = formState
  const watched = useWatch({ control })
  const live = useLiveWarnings(programmeId, sessionId, {
    date: watched.date ?? null,
    startTime: watched.startTime ?? '',
    endTime: watched.endTime ?? '',
    teamMemberIds: (watched.teamMemberIds ?? []).filter((id): id is string => typeof id === 'string'),
    streetIds: (watched.streetIds ?? []).filter((id): id is string => typeof id === 'string'),
  })

  // Suggest a title from the kind and the streets, until the coach types their own.
  const suggested = useRef(initialValues.title)
  const type = watched.type ?? initialValues.type
  const streetKey = (watched.streetIds ?? []).join(',')
  const { nameOf } = options
  useEffect(() => {
    const streets = streetKey === '' ? [] : streetKey.split(',').map(nameOf).filter(Boolean)
    const suggestion = [t(`vocabulary.sessionType.${type}`), streets.join(', ')].filter(Boolean).join(' ')
    const current = getValues('title')
    if (current === '' || current === suggested.current) {
      suggested.current = suggestion
      setValue('title', suggestion)
    }
  }, [type, streetKey, nameOf, t, getValues, setValue])

  // Times follow the kind of session, until the coach sets their own.
  const suggestedTimes = useRef({ startTime: initialValues.startTime, endTime: initialValues.endTime })
  useEffect(() => {
    if (!timesFor) return
    const { startTime, endTime } = getValues()
    const previous = suggestedTimes.current
    if (startTime !== previous.startTime || endTime !== previous.endTime) return
    const next = timesFor(type)
    suggestedTimes.current = next
    setValue('startTime', next.startTime)
    setValue('endTime', next.endTime)
  }, [type, timesFor, getValues, setValue])

  const submit: SubmitHandler<SessionDraft> = async (draft) => {
    const error = await onSubmit(draft)
    const field = error ? serverErrorField(error, sessionFormFields) : undefined
    if (error && field) setError(field, { type: 'server', message: error.message }, { shouldFocus: true })
  }

  // A plain text field keeps the 24-hour "19:30" everywhere (a native time field follows the OS).
  const timeProps = {
    withAsterisk: true,
    placeholder: t('sessions.form.timePlaceholder'),
    inputMode: 'numeric' as const,
    maxLength: 5,
    autoComplete: 'off',
  }
  const typeOptions = sessionTypes.map((value) => ({ value, label: t(`vocabulary.sessionType.${value}`) }))
  const multiProps = {
    searchable: true,
    clearable: true,
    nothingFoundMessage: t('sessions.form.nothingFound'),
    hidePickedOptions: true,
    comboboxProps: { withinPortal: true },
  }

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={submitLabel}>
      <Stack gap="xl">
        <fieldset className={classes.fieldset}>
          <legend>{t('sessions.form.whatLegend')}</legend>
          <Stack gap="md">
            <div className={classes.typeAndTitle}>
              <Controller
                control={control}
                name="type"
                render={({ field }) => (
                  <Select
                    label={t('sessions.form.type')}
                    data={typeOptions}
                    allowDeselect={false}
                    withAsterisk
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    name={field.name}
                    error={errors.type?.message}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
              <TextInput
                label={t('sessions.form.title')}
                description={t('sessions.form.titleHint')}
                withAsterisk
                autoComplete="off"
                error={errors.title?.message}
                {...register('title')}
              />
            </div>
            <TextInput
              label={t('sessions.form.location')}
              placeholder={t('sessions.form.locationPlaceholder')}
              autoComplete="off"
              error={errors.location?.message}
              {...register('location')}
            />
          </Stack>
        </fieldset>

        <fieldset className={classes.fieldset}>
          <legend>{t('sessions.form.whenLegend')}</legend>
          <div className={classes.when}>
            <Controller
              control={control}
              name="date"
              render={({ field }) => (
                <DateField
                  label={t('sessions.form.date')}
                  withAsterisk
                  withWeekday
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  name={field.name}
                  error={errors.date?.message}
                />
              )}
            />
            <TextInput
              label={t('sessions.form.startTime')}
              {...timeProps}
              error={errors.startTime?.message}
              {...register('startTime')}
            />
            <TextInput
              label={t('sessions.form.endTime')}
              {...timeProps}
              error={errors.endTime?.message}
              {...register('endTime')}
            />
          </div>
        </fieldset>

        <fieldset className={classes.fieldset}>
          <legend>{t('sessions.form.whoLegend')}</legend>
          <Stack gap="md">
            <Controller
              control={control}
              name="streetIds"
              render={({ field }) => (
                <MultiSelect
                  {...multiProps}
                  label={t('sessions.form.streets')}
                  placeholder={t('sessions.form.streetsPlaceholder')}
                  data={options.streets}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.streetIds?.message}
                />
              )}
            />
            <div className={classes.pair}>
              <Controller
                control={control}
                name="teamMemberIds"
                render={({ field }) => (
                  <MultiSelect
                    {...multiProps}
                    label={t('sessions.form.team')}
                    placeholder={t('sessions.form.teamPlaceholder')}
                    data={options.team}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={errors.teamMemberIds?.message}
                  />
                )}
              />
              <Controller
                control={control}
                name="invitedPartnerIds"
                render={({ field }) => (
                  <MultiSelect
                    {...multiProps}
                    label={t('sessions.form.partners')}
                    placeholder={t('sessions.form.partnersPlaceholder')}
                    data={options.partners}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={errors.invitedPartnerIds?.message}
                  />
                )}
              />
            </div>
            <Textarea
              label={t('sessions.form.goal')}
              description={t('sessions.form.goalHint')}
              autosize
              minRows={3}
              maxRows={10}
              error={errors.goal?.message}
              {...register('goal')}
            />
          </Stack>
        </fieldset>

        <SessionWarningsAlert warnings={live.warnings} />

        <FormFooter
          showErrors={submitCount > 0 && Object.keys(errors).length > 0}
          fixErrors={t('sessions.form.fixErrors')}
          submitLabel={submitLabel}
          submitting={isSubmitting}
          secondaryActions={secondaryActions}
        />
      </Stack>
    </form>
  )
}
