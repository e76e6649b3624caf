import {
  type ConnectionKind,
  type PartnerKind,
  type ResidentRole,
  type SignalCategory,
  type SignalConsent,
  type SignalRoute,
  type SignalStatus,
} from '../model'

/**
 * The "bewoners aan zet" of one group of four streets: who carries what, which neighbours were
 * brought together and which signals came up at the door. Street indexes are within the group; idea
 * indexes point into `demoIdeaTexts`. Days count from an anchor (the idea's collection day, or the
 * street's first round).
 */

/** Fictional first names of residents who agreed to be named; never used in any free text. */
export const demoResidentNames = ['Evertje', 'Gradus', 'Jentje', 'Mientje', 'Tjalling'] as const

/** One active resident with one role. */
export interface DemoResidentPlan {
  street: 0 | 1 | 2 | 3
  role: ResidentRole
  /** The idea the role is on; none for a buurtcontact in the street. */
  idea?: number
  /** Days after the idea was collected (or the street's first round) the role started. */
  after: number
  /** Days after its start the role ended. */
  endsAfter?: number
  /** A first name from `demoResidentNames`, recorded with consent. */
  name?: (typeof demoResidentNames)[number]
  /** Live at the address of the idea's initiator. */
  atInitiator?: boolean
}

export const demoResidentPlans: readonly DemoResidentPlan[] = [
  { street: 1, idea: 1, role: 'trekker', after: 10, name: 'Evertje' },
  { street: 1, idea: 1, role: 'helper', after: 20 },
  { street: 1, idea: 1, role: 'helper', after: 35, endsAfter: 60 },
  { street: 2, idea: 4, role: 'trekker', after: 12, name: 'Gradus' },
  { street: 2, idea: 4, role: 'meedenker', after: 20 },
  { street: 2, idea: 4, role: 'helper', after: 30 },
  { street: 3, idea: 8, role: 'trekker', after: 8 },
  { street: 3, idea: 8, role: 'helper', after: 25 },
  { street: 3, idea: 6, role: 'meedenker', after: 15, name: 'Jentje' },
  { street: 0, idea: 7, role: 'trekker', after: 5 },
  { street: 0, idea: 2, role: 'helper', after: 10, endsAfter: 70 },
  { street: 1, idea: 18, role: 'trekker', after: 7 },
  { street: 1, idea: 14, role: 'meedenker', after: 4 },
  { street: 0, idea: 0, role: 'initiatiefnemer', after: 0, endsAfter: 90, atInitiator: true },
  { street: 0, role: 'buurtcontact', after: 30, name: 'Mientje' },
  { street: 2, role: 'buurtcontact', after: 20 },
  { street: 3, role: 'buurtcontact', after: 25, name: 'Tjalling' },
]

/** One connection between neighbours. */
export interface DemoConnectionPlan {
  kind: ConnectionKind
  street: 0 | 1 | 2 | 3
  description: string
  /** The idea it grew from; its day counts from the idea's collection. */
  idea?: number
  /** The signal (index in `demoSignalPlans`) it grew from; its day is the signal's pick-up. */
  signal?: number
  /** Residents involved (indexes in `demoResidentPlans`). */
  residents: number[]
  /** Further addresses in the street involved. */
  addresses: number
  /** Days after its anchor it was made. */
  after: number
  /** Checks: days after it was made, and whether it still ran. */
  checks: Array<[days: number, running: boolean]>
}

export const demoConnectionPlans: readonly DemoConnectionPlan[] = [
  {
    kind: 'burenhulp',
    street: 0,
    idea: 2,
    residents: [10],
    addresses: 1,
    after: 25,
    description: 'Een buurvrouw doet elke week de boodschappen voor haar buurman, die slecht ter been is.',
    checks: [[100, true]],
  },
  {
    kind: 'samen-initiatief',
    street: 2,
    idea: 4,
    residents: [3, 4, 5],
    addresses: 0,
    after: 30,
    description:
      'Drie gezinnen beginnen samen de moestuin op het veldje en verdelen het wieden en water geven.',
    checks: [[101, true]],
  },
  {
    kind: 'samen-initiatief',
    street: 3,
    idea: 8,
    residents: [6, 7],
    addresses: 1,
    after: 28,
    description: 'De klusjesploeg helpt een oudere bewoner om de twee weken met de tuin.',
    checks: [[102, true]],
  },
  {
    kind: 'anders',
    street: 1,
    idea: 1,
    residents: [0],
    addresses: 1,
    after: 40,
    description: 'Een nieuwe bewoner is voorgesteld aan de vaste groep van de koffieochtend.',
    checks: [[99, false]],
  },
  {
    kind: 'burenhulp',
    street: 0,
    signal: 0,
    residents: [],
    addresses: 1,
    after: 0,
    description: 'Een buurman komt twee keer per week langs voor koffie en een praatje.',
    checks: [[100, true]],
  },
  {
    kind: 'gedeelde-zorg',
    street: 3,
    signal: 11,
    residents: [],
    addresses: 1,
    after: 0,
    description: 'Twee mantelzorgers in de straat nemen om de beurt de dinsdagmiddag van elkaar over.',
    checks: [[100, true]],
  },
  {
    kind: 'burenhulp',
    street: 1,
    residents: [],
    addresses: 2,
    after: 50,
    description: 'Buren rijden om de beurt mee naar het ziekenhuis in Zwolle.',
    checks: [],
  },
]

/** One signal met at the door or afterwards. */
export interface DemoSignalPlan {
  street: 0 | 1 | 2 | 3
  category: SignalCategory
  consent: SignalConsent
  /** Days after the street's first round it was recorded; `fromToday` counts back from today instead. */
  after?: number
  fromToday?: number
  /** Recorded during the street's first round (that day, linked to the session). */
  atRound?: boolean
  route?: SignalRoute
  /** For a warm handover: the partner, and the days after the signal it was handed over. */
  partner?: PartnerKind
  handoverAfter?: number
  /** Later follow-up steps: status and days after the signal. */
  steps?: Array<[SignalStatus, number]>
  note?: string
}

export const demoSignalPlans: readonly DemoSignalPlan[] = [
  {
    street: 0,
    category: 'eenzaamheid',
    consent: 'vastleggen',
    atRound: true,
    route: 'buren',
    steps: [['opgepakt', 12]],
    note: 'Woont alleen sinds vorig jaar en komt weinig buiten; zou het fijn vinden als er eens iemand langskomt.',
  },
  {
    street: 0,
    category: 'geldzorgen',
    consent: 'doorgeven',
    after: 6,
    route: 'warme-overdracht',
    partner: 'sociaal-team',
    handoverAfter: 2,
    steps: [
      ['opgepakt', 8],
      ['afgerond', 40],
    ],
    note: 'Stapel ongeopende brieven van de energieleverancier; wil graag hulp om het op orde te krijgen.',
  },
  {
    street: 0,
    category: 'zorg-mantelzorg',
    consent: 'doorgeven',
    after: 30,
    route: 'warme-overdracht',
    partner: 'welzijn',
    handoverAfter: 1,
    steps: [['opgepakt', 4]],
    note: 'Zorgt elke dag voor een zieke partner en is zelf op.',
  },
  { street: 0, category: 'eenzaamheid', consent: 'geen', atRound: true },
  { street: 0, category: 'veiligheid', consent: 'geen', after: 45 },
  {
    street: 0,
    category: 'wonen',
    consent: 'vastleggen',
    after: 60,
    route: 'eigen-netwerk',
    steps: [['afgerond', 21]],
    note: 'De trap wordt te zwaar; de kinderen helpen zoeken naar een gelijkvloerse woning.',
  },
  {
    street: 1,
    category: 'geldzorgen',
    consent: 'doorgeven',
    fromToday: 12,
    route: 'warme-overdracht',
    partner: 'sociaal-team',
    handoverAfter: 2,
    note: 'Net zonder werk gekomen en weet niet waar te beginnen met de aanvraag.',
  },
  {
    street: 1,
    category: 'opvoeding',
    consent: 'doorgeven',
    after: 20,
    route: 'warme-overdracht',
    partner: 'cjg',
    handoverAfter: 3,
    steps: [['opgepakt', 15]],
    note: 'Zorgen over een puber die niet meer naar school wil.',
  },
  { street: 1, category: 'eenzaamheid', consent: 'geen', after: 35 },
  {
    street: 2,
    category: 'wonen',
    consent: 'doorgeven',
    fromToday: 25,
    route: 'warme-overdracht',
    partner: 'woningcorporatie',
    handoverAfter: 1,
    note: 'Vocht en schimmel in de slaapkamer; een eerdere melding bij de verhuurder liep vast.',
  },
  {
    street: 2,
    category: 'anders',
    consent: 'vastleggen',
    after: 40,
    steps: [['geen-behoefte', 14]],
    note: 'Vroeg naar vrijwilligerswerk; heeft inmiddels zelf iets gevonden.',
  },
  {
    street: 3,
    category: 'zorg-mantelzorg',
    consent: 'vastleggen',
    after: 15,
    route: 'buren',
    steps: [['opgepakt', 9]],
    note: 'Mantelzorger voor haar moeder en kan op dinsdagmiddag niet weg.',
  },
  {
    street: 3,
    category: 'eenzaamheid',
    consent: 'vastleggen',
    fromToday: 5,
    note: 'Mist de buurvrouw die verhuisd is; wil graag eens mee naar de koffieochtend.',
  },
  { street: 3, category: 'geldzorgen', consent: 'geen', after: 50 },
]
