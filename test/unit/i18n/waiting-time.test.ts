import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from '../../../shared/i18n'
import { daysTaken, waitingTime } from '../../../shared/i18n/waiting-time'
import { reportTexts } from '../../../shared/reports/report-texts'
import { residentsReportTexts } from '../../../shared/reports/residents-texts'

describe('the one wording of a waiting time', () => {
  it('says "sinds vandaag" for today, then "1 dag" and "n dagen"', () => {
    expect(waitingTime(0, 'nl')).toBe('sinds vandaag')
    expect(waitingTime(1, 'nl')).toBe('1 dag')
    expect(waitingTime(2, 'nl')).toBe('2 dagen')
    expect(waitingTime(1500, 'nl')).toBe('1.500 dagen')
  })

  it('says "since today", "1 day" and "n days" in English', () => {
    expect(waitingTime(0, 'en')).toBe('since today')
    expect(waitingTime(1, 'en')).toBe('1 day')
    expect(waitingTime(12, 'en')).toBe('12 days')
    expect(waitingTime(1500, 'en')).toBe('1,500 days')
  })

  it('reads a date in the future as today, and counts whole days', () => {
    expect(waitingTime(-3, 'nl')).toBe('sinds vandaag')
    expect(waitingTime(1.6, 'en')).toBe('1 day')
  })

  it('says "< 1 dag" for a measured time under a day, such as an average wait', () => {
    expect(daysTaken(0, 'nl')).toBe('< 1 dag')
    expect(daysTaken(1, 'nl')).toBe('1 dag')
    expect(daysTaken(4, 'nl')).toBe('4 dagen')
    expect(daysTaken(0, 'en')).toBe('< 1 day')
    expect(daysTaken(4, 'en')).toBe('4 days')
  })

  it.each(['nl', 'en'] as const)('is what the Word reports say (%s)', (language) => {
    for (const days of [0, 1, 7]) {
      expect(reportTexts(language).common.waiting(days)).toBe(waitingTime(days, language))
      expect(residentsReportTexts(language).waiting(days)).toBe(waitingTime(days, language))
      expect(reportTexts(language).common.days(days)).toBe(daysTaken(days, language))
      expect(residentsReportTexts(language).days(days)).toBe(daysTaken(days, language))
    }
    expect(reportTexts(language).partner.waitingFor(reportTexts(language).common.waiting(0))).toBe(
      language === 'nl' ? 'nog niet (wacht sinds vandaag)' : 'not yet (waiting since today)',
    )
  })

  it.each(['nl', 'en'] as const)('reads well in the screens’ sentences (%s)', async (language) => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } })
    const waiting = waitingTime(0, language)
    const texts = {
      dashboard: i18n.t('dashboardCards.waitingFor', { waiting, partner: 'Woonstichting' }),
      idea: i18n.t('ideas.detail.waiting', { days: waiting }),
      signal: i18n.t('residents.signals.waiting', { waiting }),
      longest: i18n.t('residents.figures.longestWait', { waiting }),
      residents: i18n.t('residents.dashboard.waiting', { count: 2, waiting }),
    }
    expect(texts).toEqual(
      language === 'nl'
        ? {
            dashboard: 'wacht sinds vandaag op Woonstichting',
            idea: 'wacht sinds vandaag',
            signal: 'wacht sinds vandaag',
            longest: 'langste wacht: sinds vandaag',
            residents: '2 wachten op een partner (langste wacht: sinds vandaag)',
          }
        : {
            dashboard: 'waiting since today for Woonstichting',
            idea: 'waiting since today',
            signal: 'waiting since today',
            longest: 'longest wait: since today',
            residents: '2 wait for a partner (longest wait: since today)',
          },
    )
  })
})
