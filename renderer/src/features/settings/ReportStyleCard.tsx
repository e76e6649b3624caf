import { Button, ColorInput, Group, Stack, TextInput } from '@mantine/core'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { SectionCard } from '../../components/SectionCard'
import {
  useReportStyleResolver,
  type ReportStyleValues,
  reportStyleFields,
} from './use-report-style-resolver'
import { serverErrorField } from '../../components/forms/server-field-error'
import { notifySuccess } from '../../components/notifications'

const swatches = ['#1b6b5f', '#1f5f8b', '#5b4a9e', '#9c3d54', '#b35c1e', '#3d5a2a', '#44505c']

/** Organisation, author and accent colour for the reports, saved with `settings.update`. */
export function ReportStyleCard() {
  const { t } = useTranslation()
  const { settings } = useActiveProgramme()
  const resolver = useReportStyleResolver()
  const update = useApiMutation('settings.update', {
    onError: (error) => serverErrorField(error, reportStyleFields) !== undefined,
  })
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReportStyleValues, unknown, ReportStyleValues>({
    defaultValues: {
      organisationName: settings.organisationName,
      authorName: settings.authorName,
      accentColour: settings.accentColour,
    },
    resolver,
  })

  const save = handleSubmit(async (values) => {
    const outcome = await update.mutate(values)
    if (outcome.ok) {
      notifySuccess(t('settings.saved'))
      return
    }
    const field = serverErrorField(outcome.error, reportStyleFields)
    if (field) setError(field, { type: 'server', message: outcome.error.message }, { shouldFocus: true })
  })

  return (
    <SectionCard
      title={t('settings.reportHeading')}
      description={t('settings.reportIntro')}
      testId="settings-report"
    >
      <form onSubmit={save} noValidate aria-label={t('settings.reportHeading')}>
        <Stack gap="md">
          <TextInput
            label={t('settings.organisationName')}
            description={t('settings.organisationHint')}
            autoComplete="organization"
            error={errors.organisationName?.message}
            {...register('organisationName')}
          />
          <TextInput
            label={t('settings.authorName')}
            description={t('settings.authorHint')}
            autoComplete="name"
            error={errors.authorName?.message}
            {...register('authorName')}
          />
          <Controller
            control={control}
            name="accentColour"
            render={({ field }) => (
              <ColorInput
                label={t('settings.accentColour')}
                description={t('settings.accentHint')}
                format="hex"
                swatches={swatches}
                swatchesPerRow={7}
                withEyeDropper={false}
                maw={280}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={errors.accentColour?.message}
              />
            )}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={isSubmitting}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  )
}
