import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { fieldLabels } from '../../../shared/api/field-labels'
import { validationTexts } from '../../../shared/api/validation-texts'
import { chartTexts } from '../../../shared/charts/chart-texts'
import { resources } from '../../../shared/i18n'
import { type Language } from '../../../shared/model'
import { reportTexts } from '../../../shared/reports/report-texts'
import { residentsReportTexts } from '../../../shared/reports/residents-texts'

/**
 * Every text a coach or a reader sees, with where it lives: the interface strings (shared/i18n), the
 * Word reports' words and sentences (their functions' source holds the sentence templates), the chart
 * texts, field labels and validation sentences.
 */
function allTexts(language: Language): Array<{ where: string; text: string }> {
  const found: Array<{ where: string; text: string }> = []
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') found.push({ where, text: value })
    else if (typeof value === 'function') found.push({ where, text: String(value) })
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`))
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`)
  }
  walk(resources[language].translation, `ui.${language}`)
  walk(reportTexts(language), `report.${language}`)
  walk(residentsReportTexts(language), `residents-report.${language}`)
  walk(chartTexts(language), `charts.${language}`)
  walk(validationTexts(language), `validation.${language}`)
  for (const [field, label] of Object.entries(fieldLabels))
    found.push({ where: `field.${field}`, text: label[language] })
  return found
}

interface Concept {
  concept: string
  /** The one word, per language, and a text that must use it (so the word is really the one in use). */
  word: Record<Language, { is: RegExp; shownIn: (texts: Map<string, string>) => string | undefined }>
  /** Synonyms a screen, report or slide must not use for the same concept. */
  forbidden: Record<Language, RegExp[]>
  /** Texts where a forbidden pattern means something else (a session type, a partner's own meeting). */
  allowed?: RegExp[]
}

const at = (path: string) => (texts: Map<string, string>) => texts.get(path)

/** The concepts with one word each, and the synonyms that used to stand for them. */
const concepts: Concept[] = [
  {
    concept: 'session (door round, bewonersavond, ...)',
    word: {
      nl: { is: /^Sessies$/, shownIn: at('ui.nl.nav.sessions') },
      en: { is: /^Sessions$/, shownIn: at('ui.en.nav.sessions') },
    },
    forbidden: { nl: [/bijeenkomst/i], en: [/\bmeetings?\b/i] },
    allowed: [/Partner meeting/, /to take to a meeting/, /partner meeting/],
  },
  {
    concept: 'follow-up step',
    word: {
      nl: { is: /^Vervolgstappen$/, shownIn: at('ui.nl.sessions.report.actionsHeading') },
      en: { is: /^Follow-up steps$/, shownIn: at('ui.en.sessions.report.actionsHeading') },
    },
    forbidden: {
      nl: [
        /vervolgactie/i,
        /\bactie toevoegen/i,
        /openstaande acties/i,
        /acties over de datum/i,
        /\bde actie\b/i,
      ],
      en: [
        /follow-up actions?/i,
        /\bfollow-ups\b/i,
        /\badd action\b/i,
        /overdue actions/i,
        /\bopen actions\b/i,
        /\bthe action\b/i,
      ],
    },
  },
  {
    concept: 'due date of a follow-up step',
    word: {
      nl: { is: /^Uiterlijk op$/, shownIn: at('ui.nl.ideas.actions.due') },
      en: { is: /^Due by$/, shownIn: at('ui.en.ideas.actions.due') },
    },
    forbidden: {
      nl: [/klaar op/i, /klaar moeten zijn/i, /uiterste datum/i, /vóór {{date}}/],
      en: [/done by/i, /ready by/i, /(?<!due )\bby {{date}}/, /\bdeadline\b/i],
    },
  },
  {
    concept: 'cancelled session',
    word: {
      nl: { is: /^Geannuleerd$/, shownIn: at('ui.nl.sessions.detail.markCancelled') },
      en: { is: /^Cancelled$/, shownIn: at('ui.en.sessions.detail.markCancelled') },
    },
    forbidden: { nl: [/afgelast/i], en: [/called off/i] },
  },
  {
    concept: 'addresses to go back to: niet thuis of later terugkomen',
    word: {
      nl: { is: /^Niet thuis of later terugkomen$/, shownIn: at('ui.nl.streets.columns.notHomeOnly') },
      en: { is: /^Not at home or come back later$/, shownIn: at('ui.en.streets.columns.notHomeOnly') },
    },
    forbidden: {
      nl: [/alleen niet thuis/i, /niemand thuis was'/i, /ook niet bij een volgende poging/i],
      en: [/only not at home/i, /not even on a later attempt/i],
    },
  },
  {
    concept: 'a door round counts conversations, not attendees',
    word: {
      nl: { is: /^Gesprekken aan de deur$/, shownIn: at('ui.nl.sessions.report.doorConversations') },
      en: { is: /^Conversations at the door$/, shownIn: at('ui.en.sessions.report.doorConversations') },
    },
    forbidden: {
      nl: [/deur-aan-deurrondes? [^.]*aanwezig/i, /aanwezigen [^.]*deur-aan-deur/i],
      en: [/door-to-door rounds?[^.]*attendees column/i, /attendees[^.]*door-to-door round/i],
    },
  },
  {
    concept: 'what a coach says instead of stiff labels',
    word: {
      nl: { is: /^Geparkeerd of niet haalbaar$/, shownIn: at('ui.nl.ideas.board.sideExits') },
      en: { is: /^Parked or not feasible$/, shownIn: at('ui.en.ideas.board.sideExits') },
    },
    forbidden: { nl: [/zijpad/i, /steunbetuiging/i], en: [/side exits?/i] },
  },
]

describe.each(['nl', 'en'] as const)('one word per concept (%s)', (language) => {
  const texts = allTexts(language)
  const byPath = new Map(texts.map(({ where, text }) => [where, text]))

  it.each(concepts.map((concept) => [concept.concept, concept] as const))('%s', (_name, concept) => {
    expect(concept.word[language].shownIn(byPath)).toMatch(concept.word[language].is)
    const synonyms = texts.filter(
      ({ text }) =>
        concept.forbidden[language].some((pattern) => pattern.test(text)) &&
        !(concept.allowed ?? []).some((pattern) => pattern.test(text)),
    )
    expect(synonyms.map(({ where, text }) => `${where}: ${text.slice(0, 120)}`)).toEqual([])
  })

  it('says "since today" and "no support yet" rather than "0 days" or "0 supporters"', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } })
    const zeroes = [
      i18n.t('ideas.waitingDays', { count: 0 }),
      i18n.t('dashboardCards.waitingDays', { count: 0, partner: 'Woonstichting' }),
      i18n.t('residents.signals.waitingDays', { count: 0 }),
      i18n.t('ideas.supporters', { count: 0 }),
      i18n.t('presentation.ideaSupporters', { count: 0 }),
    ]
    for (const text of zeroes) expect(text).not.toMatch(/\b0\b/)
    expect(i18n.t('ideas.waitingDays', { count: 3 })).toMatch(/3/)
  })
})
