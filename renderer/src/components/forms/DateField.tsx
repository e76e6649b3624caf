import { DateInput, type DateInputProps } from '@mantine/dates'
import dayjs from 'dayjs'
import { type FocusEvent, type Ref, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseDateText } from '../../../../shared/domain/date-text'
import { localToday } from '../local-today'
import { buildWeekdayDate } from '../weekday-date'
import classes from './DateField.module.css'

/** How a date shows in the field: Dutch dd-mm-jjjj, British English dd/mm/yyyy. */
const valueFormats = { nl: 'DD-MM-YYYY', en: 'DD/MM/YYYY' } as const

export interface DateFieldProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'label' | 'minDate' | 'maxDate'
> {
  /** The date as `yyyy-MM-dd`, or null when the field is empty. */
  value: string | null
  onChange: (value: string | null) => void
  /** Named in the field's own error messages, so it is required. */
  label: string
  /** The first and last date the field takes, as `yyyy-MM-dd`. */
  minDate?: string
  maxDate?: string
  /** Shows the chosen day in words below the field ("donderdag 3 december 2026"), instead of a description. */
  withWeekday?: boolean
  ref?: Ref<HTMLInputElement>
}

/**
 * The date field of every form. It shows a date as 12-04-2026 in the Dutch interface and 12/04/2026 in
 * the English one, whatever the computer's or browser's own date settings, and reads what a coach
 * types: "12-4-2026", "12 april", "morgen" (see parseDateText), or a day clicked in the calendar that
 * opens below it. Text that is no date, or a date outside minDate–maxDate, leaves the value as it was
 * and says so beside the field, naming the field.
 */
export function DateField({
  withWeekday = false,
  description,
  value,
  onChange,
  error,
  onBlur,
  onInput,
  placeholder,
  label,
  minDate,
  maxDate,
  ...rest
}: DateFieldProps) {
  const { t, i18n } = useTranslation()
  const [problem, setProblem] = useState<string>()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const parse = (text: string) => parseDateText(text, localToday())
  const show = (isoDate: string) => dayjs(isoDate).format(valueFormats[language])

  /** What is wrong with the text the coach leaves the field with, if anything. */
  const problemWith = (text: string): string | undefined => {
    if (text === '') return undefined
    const date = parse(text)
    if (date === null) return t('dateField.notADate', { label, text })
    if (maxDate !== undefined && date > maxDate) {
      return t('dateField.afterMax', { label, date: show(date), max: show(maxDate) })
    }
    if (minDate !== undefined && date < minDate) {
      return t('dateField.beforeMin', { label, date: show(date), min: show(minDate) })
    }
    return undefined
  }

  const leave = (event: FocusEvent<HTMLInputElement>) => {
    setProblem(problemWith(event.currentTarget.value.trim()))
    onBlur?.(event)
  }

  return (
    <DateInput
      {...rest}
      label={label}
      description={withWeekday && value ? buildWeekdayDate(value, language) : description}
      value={value}
      onChange={(next) => {
        setProblem(undefined)
        onChange(next)
      }}
      onInput={(event) => {
        setProblem(undefined)
        onInput?.(event)
      }}
      onBlur={leave}
      valueFormat={valueFormats[language]}
      dateParser={parse}
      minDate={minDate}
      maxDate={maxDate}
      placeholder={placeholder ?? t('dateField.placeholder')}
      popoverProps={{ withinPortal: true, ...rest.popoverProps }}
      classNames={{ day: classes.day }}
      ariaLabels={{
        previousMonth: t('dateField.previousMonth'),
        nextMonth: t('dateField.nextMonth'),
        previousYear: t('dateField.previousYear'),
        nextYear: t('dateField.nextYear'),
        previousDecade: t('dateField.previousDecade'),
        nextDecade: t('dateField.nextDecade'),
        monthLevelControl: t('dateField.chooseMonth'),
        yearLevelControl: t('dateField.chooseYear'),
      }}
      error={error ?? problem}
    />
  )
}
