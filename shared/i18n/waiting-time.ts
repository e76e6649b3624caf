import { type Language } from '../model/vocabulary'
import { groupDigits } from './group-digits'

const words: Record<
  Language,
  { today: string; underADay: string; one: string; other: string; separator: string }
> = {
  nl: { today: 'sinds vandaag', underADay: '< 1 dag', one: 'dag', other: 'dagen', separator: '.' },
  en: { today: 'since today', underADay: '< 1 day', one: 'day', other: 'days', separator: ',' },
}

const days = (whole: number, language: Language): string => {
  const w = words[language]
  return `${groupDigits(whole, w.separator)} ${whole === 1 ? w.one : w.other}`
}

/**
 * How long something has waited (an idea for a partner's answer, a signal to be picked up), in the
 * words a coach uses: "sinds vandaag" for something brought in today, then "1 dag", "12 dagen"
 * (English "since today", "1 day", "12 days"). The one wording of a waiting time, for screens, Word
 * reports and slides alike; it reads after "wacht" / "waiting" ("wacht sinds vandaag", "wacht 3 dagen").
 * Days are whole days; a negative number (a date in the future) reads as today.
 */
export function waitingTime(waited: number, language: Language): string {
  const whole = Math.max(0, Math.floor(waited))
  return whole === 0 ? words[language].today : days(whole, language)
}

/**
 * A measured time in whole days, such as an average wait or the time until a signal was picked up:
 * "< 1 dag" below one day (short enough for a report's key figure), then "1 dag", "12 dagen"
 * (English "< 1 day", "1 day").
 */
export function daysTaken(taken: number, language: Language): string {
  const whole = Math.max(0, Math.floor(taken))
  return whole === 0 ? words[language].underADay : days(whole, language)
}
