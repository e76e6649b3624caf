import { format, isValid, parseISO } from 'date-fns'
import { enGB, nl } from 'date-fns/locale'
import { wholePercent } from '../../../shared/domain/key-figures'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { groupDigits } from '../../../shared/i18n/group-digits'

/** Formatting of dates and numbers in the interface language. */
export interface Formatters {
  /** `2026-03-01` → "1 maart 2026". */
  date: (isoDate: string) => string
  /** An ISO timestamp → "28 november 2026 om 09:30" (local time). */
  dateTime: (isoDateTime: string) => string
  /** An ISO timestamp's local day and clock time apart: "28 november 2026" and "09:30". */
  dayAndTime: (isoDateTime: string) => { day: string; time: string }
  /** 1500 → "1.500". */
  number: (value: number) => string
  /** 0.573 → "57" (a share as whole percent, without the sign). */
  percent: (share: number) => string
}

/**
 * Date and number formatters for the current language (Dutch formats by default). Each Intl formatter
 * is made on first use: making one costs milliseconds, and most screens use only a few.
 */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL'
  return useMemo(() => {
    const thousands = locale === 'en-GB' ? ',' : '.'
    const dateLocale = locale === 'en-GB' ? enGB : nl
    const dateTimeFormat = once(
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
    )
    const dayFormat = once(
      () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
    )
    const timeFormat = once(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }))
    const numberFormat = once(() => new Intl.NumberFormat(locale))
    return {
      // As the Word reports write dates (shared/reports/report-format.ts), without an Intl formatter.
      date: (isoDate) => {
        const day = parseISO(isoDate.slice(0, 10))
        return isValid(day) ? format(day, 'd MMMM yyyy', { locale: dateLocale }) : isoDate
      },
      dateTime: (isoDateTime) => {
        const parsed = new Date(isoDateTime)
        return Number.isNaN(parsed.getTime()) ? isoDateTime : dateTimeFormat().format(parsed)
      },
      dayAndTime: (isoDateTime) => {
        const parsed = new Date(isoDateTime)
        if (Number.isNaN(parsed.getTime())) return { day: isoDateTime, time: '' }
        return { day: dayFormat().format(parsed), time: timeFormat().format(parsed) }
      },
      number: (value) =>
        Number.isSafeInteger(value) ? groupDigits(value, thousands) : numberFormat().format(value),
      percent: (share) => groupDigits(wholePercent(share), thousands),
    }
  }, [locale])
}

/** `make()` on the first call, the same value after that. */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}
