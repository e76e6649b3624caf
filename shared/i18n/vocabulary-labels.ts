import {
  type AreaKind,
  type ContactOutcome,
  type DefaultThemeCode,
  type FeedbackChannel,
  type IdeaNeed,
  type IdeaScope,
  type IdeaStatus,
  type Ingredient,
  type Language,
  type PartnerKind,
  type ReportKind,
  type SessionStatus,
  type SessionType,
} from '../model/vocabulary'
import { residentVocabularyLabels, type ResidentVocabularyLabels } from './resident-vocabulary-labels'

/**
 * The words a coach sees for every code of the fixed vocabulary (shared/model/vocabulary.ts). A type
 * alias, not an interface, so i18next's typed keys can reach into it.
 */
export type VocabularyLabels = {
  contactOutcome: Record<ContactOutcome, string>
  sessionType: Record<SessionType, string>
  sessionStatus: Record<SessionStatus, string>
  ideaStatus: Record<IdeaStatus, string>
  defaultTheme: Record<DefaultThemeCode, string>
  ingredient: Record<Ingredient, string>
  partnerKind: Record<PartnerKind, string>
  ideaNeed: Record<IdeaNeed, string>
  ideaScope: Record<IdeaScope, string>
  areaKind: Record<AreaKind, string>
  feedbackChannel: Record<FeedbackChannel, string>
  reportKind: Record<ReportKind, string>
  language: Record<Language, string>
} & ResidentVocabularyLabels

const nl: VocabularyLabels = {
  contactOutcome: {
    gesprek: 'Gesprek gehad',
    'niet-thuis': 'Niet thuis',
    'later-terug': 'Later terugkomen',
    kaartje: 'Kaartje achtergelaten',
    'geen-interesse': 'Geen interesse',
    'niet-benaderen': 'Niet meer benaderen',
  },
  sessionType: {
    'deur-aan-deur': 'Deur-aan-deur ronde',
    keukentafel: 'Keukentafelgesprek',
    straatgesprek: 'Straatgesprek',
    bewonersavond: 'Bewonersavond',
    ideeenmarkt: 'Ideeënmarkt',
    terugkoppeling: 'Terugkoppeling aan bewoners',
    partneroverleg: 'Partneroverleg',
    anders: 'Anders',
  },
  sessionStatus: {
    gepland: 'Gepland',
    gehouden: 'Gehouden',
    geannuleerd: 'Geannuleerd',
    verplaatst: 'Verplaatst',
  },
  ideaStatus: {
    opgehaald: 'Opgehaald',
    uitgewerkt: 'Uitgewerkt',
    ingebracht: 'Ingebracht bij partner',
    'in-uitvoering': 'In uitvoering',
    gerealiseerd: 'Gerealiseerd',
    geparkeerd: 'Geparkeerd',
    'niet-haalbaar': 'Niet haalbaar',
    samengevoegd: 'Samengevoegd',
  },
  defaultTheme: {
    'sociale-samenhang': 'Sociale samenhang',
    leefbaarheid: 'Leefbaarheid',
    veiligheid: 'Veiligheid',
    armoede: 'Armoede',
    'zorg-en-welzijn': 'Zorg en welzijn',
    'openbare-ruimte': 'Openbare ruimte',
    meedoen: 'Meedoen (werk, bijstand)',
  },
  ingredient: {
    'bewoners-verbinden': 'Bewoners verbinden',
    'oog-voor-belangen': 'Oog voor individuele en collectieve belangen',
    'onderlinge-solidariteit': 'Onderlinge solidariteit',
    rechtvaardigheid: 'Rechtvaardigheid',
    'sterke-sociale-netwerken': 'Sterke sociale netwerken',
  },
  partnerKind: {
    gemeente: 'Gemeente',
    woningcorporatie: 'Woningcorporatie',
    'sociaal-team': 'Sociaal team',
    cjg: 'CJG',
    welzijn: 'Welzijn',
    politie: 'Politie',
    'dorpsgericht-werken': 'Dorpsgericht werken',
    bewonersinitiatief: 'Bewonersinitiatief',
    anders: 'Anders',
  },
  ideaNeed: {
    geld: 'Geld',
    ruimte: 'Ruimte',
    vergunning: 'Vergunning',
    vrijwilligers: 'Vrijwilligers',
    'hulp-partner': 'Hulp van een partner',
  },
  ideaScope: { individueel: 'Individueel', collectief: 'Collectief' },
  areaKind: { kern: 'Kern', wijk: 'Wijk', buurt: 'Buurt' },
  feedbackChannel: {
    'aan-de-deur': 'Aan de deur',
    bijeenkomst: 'Tijdens een sessie',
    brief: 'Per brief',
    telefoon: 'Telefonisch',
    'e-mail': 'Per e-mail',
    anders: 'Anders',
  },
  reportKind: {
    gemeente: 'Voortgangsrapportage',
    partner: 'Partnerrapportage',
    idee: 'Ideeënkaart',
    sessie: 'Sessieverslag',
    verantwoording: 'Verantwoording',
    looplijst: 'Looplijst',
  },
  language: { nl: 'Nederlands', en: 'English' },
  ...residentVocabularyLabels.nl,
}

const en: VocabularyLabels = {
  contactOutcome: {
    gesprek: 'Conversation held',
    'niet-thuis': 'Not at home',
    'later-terug': 'Come back later',
    kaartje: 'Card left',
    'geen-interesse': 'Not interested',
    'niet-benaderen': 'Do not contact again',
  },
  sessionType: {
    'deur-aan-deur': 'Door-to-door round',
    keukentafel: 'Kitchen-table conversation',
    straatgesprek: 'Street conversation',
    bewonersavond: "Residents' evening",
    ideeenmarkt: 'Ideas market',
    terugkoppeling: 'Feedback to residents',
    partneroverleg: 'Partner meeting',
    anders: 'Other',
  },
  sessionStatus: {
    gepland: 'Planned',
    gehouden: 'Held',
    geannuleerd: 'Cancelled',
    verplaatst: 'Rescheduled',
  },
  ideaStatus: {
    opgehaald: 'Collected',
    uitgewerkt: 'Worked out',
    ingebracht: 'Brought to a partner',
    'in-uitvoering': 'In progress',
    gerealiseerd: 'Realised',
    geparkeerd: 'Parked',
    'niet-haalbaar': 'Not feasible',
    samengevoegd: 'Merged',
  },
  defaultTheme: {
    'sociale-samenhang': 'Social cohesion',
    leefbaarheid: 'Liveability',
    veiligheid: 'Safety',
    armoede: 'Poverty',
    'zorg-en-welzijn': 'Care and wellbeing',
    'openbare-ruimte': 'Public space',
    meedoen: 'Taking part (work, benefits)',
  },
  ingredient: {
    'bewoners-verbinden': 'Connecting residents',
    'oog-voor-belangen': 'Attention to individual and collective interests',
    'onderlinge-solidariteit': 'Mutual solidarity',
    rechtvaardigheid: 'Fairness',
    'sterke-sociale-netwerken': 'Strong social networks',
  },
  partnerKind: {
    gemeente: 'Municipality',
    woningcorporatie: 'Housing association',
    'sociaal-team': 'Social team',
    cjg: 'Youth and family centre (CJG)',
    welzijn: 'Welfare organisation',
    politie: 'Police',
    'dorpsgericht-werken': 'Village-based work',
    bewonersinitiatief: "Residents' initiative",
    anders: 'Other',
  },
  ideaNeed: {
    geld: 'Money',
    ruimte: 'Space',
    vergunning: 'Permit',
    vrijwilligers: 'Volunteers',
    'hulp-partner': "A partner's help",
  },
  ideaScope: { individueel: 'Individual', collectief: 'Collective' },
  areaKind: { kern: 'Village', wijk: 'District', buurt: 'Neighbourhood' },
  feedbackChannel: {
    'aan-de-deur': 'At the door',
    bijeenkomst: 'During a session',
    brief: 'By letter',
    telefoon: 'By phone',
    'e-mail': 'By email',
    anders: 'Other',
  },
  reportKind: {
    gemeente: 'Progress report',
    partner: 'Partner report',
    idee: 'Idea card',
    sessie: 'Session report',
    verantwoording: 'Accountability report',
    looplijst: 'Walk list',
  },
  // Language names are always shown in their own language.
  language: { nl: 'Nederlands', en: 'English' },
  ...residentVocabularyLabels.en,
}

/**
 * Labels of the vocabulary codes per language, for screens (through i18next) and for reports (directly).
 * Every code has a label in every language: the Record types make a missing one a compile error.
 */
export const vocabularyLabels: Readonly<Record<Language, VocabularyLabels>> = { nl, en }

/** The label of one vocabulary code, e.g. `vocabularyLabel('nl', 'ideaStatus', 'ingebracht')`. */
export function vocabularyLabel<G extends keyof VocabularyLabels>(
  language: Language,
  group: G,
  code: keyof VocabularyLabels[G],
): string {
  return String(vocabularyLabels[language][group][code])
}
