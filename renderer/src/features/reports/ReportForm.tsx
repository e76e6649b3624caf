import { Alert, Button, Checkbox, Group, Radio, Select, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconFileText } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { languages, type ReportKind } from '../../../../shared/model/vocabulary'
import {
  accountabilityStageFor,
  accountabilityStages,
  includesAppendix,
} from '../../../../shared/reports/report-options'
import { useApiQuery } from '../../api/use-api-query'
import { DateField } from '../../components/forms/DateField'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import { localToday } from '../../components/local-today'
import {
  lastQuarter,
  offeredKinds,
  periodKinds,
  type ReportChoices,
  type SubjectField as Field,
  subjectFields,
} from './report-choices'
import classes from './Reports.module.css'
import { SubjectField } from './SubjectField'

/** A field's error beside it; `form` for errors that belong to no single field. */
export type FieldErrors = Partial<Record<Field | 'from' | 'to' | 'form', string>>

interface ReportFormProps {
  programmeId: string
  programmePeriod: { start: string; end?: string | undefined }
  choices: ReportChoices
  errors: FieldErrors
  generating: boolean
  onChange: (patch: Partial<ReportChoices>, clears: Array<keyof FieldErrors>) => void
  onGenerate: () => void
}

/**
 * The choices of a report: kind, period, subject, the appendix (gemeente) or interim or final
 * (verantwoording), language, names; and the "Rapport maken" button. The appendix and the kind of
 * verantwoording show what the report will do by itself until the coach chooses otherwise.
 */
export function ReportForm({
  programmeId,
  programmePeriod,
  choices,
  errors,
  generating,
  onChange,
  onGenerate,
}: ReportFormProps) {
  const { t } = useTranslation()
  const usesPeriod = periodKinds.has(choices.kind)
  const format = useFormatters()
  const stats = useApiQuery('stats.programme', { programmeId })
  const ideaCount = stats.data?.ideas
  const stage =
    choices.accountabilityStage ??
    accountabilityStageFor(programmePeriod, choices.to === '' ? localToday() : choices.to)
  return (
    <SectionCard title={t('reports.choicesHeading')} testId="report-choices">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          onGenerate()
        }}
      >
        <Stack gap="lg">
          <Select
            label={t('reports.kindLabel')}
            data={offeredKinds.map((kind) => ({ value: kind, label: t(`vocabulary.reportKind.${kind}`) }))}
            value={choices.kind}
            allowDeselect={false}
            onChange={(value) =>
              value &&
              onChange({ kind: value as ReportKind }, [
                'form',
                'partnerId',
                'ideaId',
                'sessionId',
                'streetId',
              ])
            }
            description={t(`reports.kindHint.${choices.kind}`)}
            comboboxProps={{ withinPortal: true }}
            data-testid="report-kind"
          />
          {subjectFields(choices.kind).map((field) => (
            <SubjectField
              key={field}
              field={field}
              programmeId={programmeId}
              value={choices[field]}
              error={errors[field]}
              onChange={(value) => onChange({ [field]: value }, [field])}
            />
          ))}
          <fieldset className={classes.fieldset}>
            <legend className={classes.legend}>{t('reports.periodLegend')}</legend>
            {usesPeriod ? (
              <Stack gap="sm">
                <div className={classes.pair}>
                  <DateField
                    label={t('reports.from')}
                    value={choices.from}
                    error={errors.from}
                    onChange={(value) => onChange({ from: value ?? '' }, ['from', 'to'])}
                  />
                  <DateField
                    label={t('reports.to')}
                    value={choices.to}
                    error={errors.to}
                    onChange={(value) => onChange({ to: value ?? '' }, ['from', 'to'])}
                  />
                </div>
                <Group gap="xs">
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() =>
                      onChange({ from: programmePeriod.start, to: programmePeriod.end ?? localToday() }, [
                        'from',
                        'to',
                      ])
                    }
                  >
                    {t('reports.wholeProgramme')}
                  </Button>
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() => onChange(lastQuarter(localToday()), ['from', 'to'])}
                  >
                    {t('reports.lastQuarter')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('reports.periodNotUsed')}
              </Text>
            )}
          </fieldset>
          {choices.kind === 'gemeente' && ideaCount !== undefined && (
            <Checkbox
              label={t('reports.appendixLabel')}
              description={t('reports.appendixHint', { count: ideaCount })}
              checked={includesAppendix(choices.includeAppendix ?? undefined, ideaCount)}
              onChange={(event) => onChange({ includeAppendix: event.currentTarget.checked }, [])}
              data-testid="report-appendix"
            />
          )}
          {choices.kind === 'verantwoording' && (
            <Radio.Group
              label={t('reports.stageLabel')}
              description={
                programmePeriod.end === undefined
                  ? t('reports.stageHintOpen')
                  : t('reports.stageHintEnd', { end: format.date(programmePeriod.end) })
              }
              value={stage}
              onChange={(value) =>
                onChange({ accountabilityStage: value === 'eind' ? 'eind' : 'tussentijds' }, [])
              }
              data-testid="report-stage"
            >
              <Group gap="lg" mt={6}>
                {accountabilityStages.map((value) => (
                  <Radio key={value} value={value} label={t(`reports.stage.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          <Radio.Group
            label={t('reports.languageLabel')}
            value={choices.language}
            onChange={(value) => onChange({ language: value === 'en' ? 'en' : 'nl' }, [])}
          >
            <Group gap="lg" mt={6}>
              {languages.map((language) => (
                <Radio key={language} value={language} label={t(`vocabulary.language.${language}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Stack gap="xs">
            <Checkbox
              label={t('reports.includeNames')}
              description={t('reports.includeNamesHint')}
              checked={choices.includeNames}
              onChange={(event) => onChange({ includeNames: event.currentTarget.checked }, [])}
            />
            {choices.includeNames && (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                data-testid="names-warning"
              >
                {t('reports.privacyWarning')}
              </Alert>
            )}
          </Stack>
          {errors.form !== undefined && (
            <Alert color="red" variant="light" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group gap="md">
            <Button
              type="submit"
              size="md"
              loading={generating}
              leftSection={<IconFileText size={18} aria-hidden />}
            >
              {t('reports.generate')}
            </Button>
            {generating && (
              <Text role="status" c="dimmed">
                {t('reports.generating')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </SectionCard>
  )
}
