import { wholePercent } from '../../../shared/domain/key-figures'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

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

/** Date and number formatters for the current language (Dutch formats by default). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL'
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })
    const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
    const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
    const numberFormat = new Intl.NumberFormat(locale)
    return {
      date: (isoDate) => {
        const parsed = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
        return Number.isNaN(parsed.getTime()) ? isoDate : dateFormat.format(parsed)
      },
      dateTime: (isoDateTime) => {
        const parsed = new Date(isoDateTime)
        return Number.isNaN(parsed.getTime()) ? isoDateTime : dateTimeFormat.format(parsed)
      },
      dayAndTime: (isoDateTime) => {
        const parsed = new Date(isoDateTime)
        if (Number.isNaN(parsed.getTime())) return { day: isoDateTime, time: '' }
        return { day: dayFormat.format(parsed), time: timeFormat.format(parsed) }
      },
      number: (value) => numberFormat.format(value),
      percent: (share) => numberFormat.format(wholePercent(share)),
    }
  }, [locale])
}
