import { wholePercent } from '../domain/key-figures'
import { format, parseISO } from 'date-fns'
import { enGB, nl } from 'date-fns/locale'
import { type Language } from '../model'

/** Number, percentage and date formatting in the report's language. */
export interface ReportFormat {
  /** "1.234" (nl) or "1,234" (en). */
  number(value: number): string
  /** "0,31" with up to two decimals. */
  decimal(value: number): string
  /** A share from 0 to 1 as "65%". */
  percent(share: number): string
  /** "28 november 2026" / "28 November 2026". */
  date(isoDate: string): string
  /** "28 nov. 2026" / "28 Nov 2026", for tables. */
  shortDate(isoDate: string): string
  /** "23 okt." / "23 Oct", for tight columns. */
  dayMonth(isoDate: string): string
  /** "november 2026". */
  month(isoDate: string): string
  /** "nov. 2026" / "Nov 2026", for chart axes. */
  shortMonth(isoDate: string): string
  /** "1 juni 2026 tot en met 28 november 2026". */
  period(from: string, to: string): string
}

/** Formatting helpers for one language (date-fns with the Dutch or British locale). */
export function reportFormat(language: Language): ReportFormat {
  const locale = language === 'en' ? enGB : nl
  const tag = language === 'en' ? 'en-GB' : 'nl-NL'
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const twoDecimals = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })
  const day = (iso: string): Date => parseISO(iso.slice(0, 10))
  const date = (iso: string): string => format(day(iso), 'd MMMM yyyy', { locale })
  return {
    number: (value) => whole.format(value),
    decimal: (value) => twoDecimals.format(value),
    percent: (share) => `${whole.format(wholePercent(share))}%`,
    date,
    shortDate: (iso) => format(day(iso), 'd MMM yyyy', { locale }),
    dayMonth: (iso) => format(day(iso), 'd MMM', { locale }),
    month: (iso) => format(day(iso), 'MMMM yyyy', { locale }),
    shortMonth: (iso) => format(day(iso), 'MMM yyyy', { locale }),
    period: (from, to) =>
      language === 'en' ? `${date(from)} to ${date(to)}` : `${date(from)} tot en met ${date(to)}`,
  }
}
