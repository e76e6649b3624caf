import { type Language } from '../model/vocabulary'
import { groupDigits } from './group-digits'

const words: Record<Language, { today: string; one: string; other: string; separator: string }> = {
  nl: { today: 'sinds vandaag', one: 'dag', other: 'dagen', separator: '.' },
  en: { today: 'since today', one: 'day', other: 'days', separator: ',' },
}

/**
 * How long something has waited (an idea for a partner's answer, a signal to be picked up), in the
 * words a coach uses: "sinds vandaag" for something brought in today, then "1 dag", "12 dagen"
 * (English "since today", "1 day", "12 days"). The one wording of a waiting time, for screens, Word
 * reports and slides alike; it reads after "wacht" / "waiting" ("wacht sinds vandaag", "wacht 3 dagen").
 * Days are whole days; a negative number (a date in the future) reads as today.
 */
export function waitingTime(days: number, language: Language): string {
  const w = words[language]
  const whole = Math.max(0, Math.floor(days))
  if (whole === 0) return w.today
  return `${groupDigits(whole, w.separator)} ${whole === 1 ? w.one : w.other}`
}
