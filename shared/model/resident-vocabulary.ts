/**
 * Codes of the "bewoners aan zet" vocabulary: active residents' roles, connections between neighbours
 * and individual signals. Codes are stable (stored, sent over the API); the words live in shared/i18n.
 */

/** The role a resident has on an idea (or, for a buurtcontact, in the street). */
export const residentRoles = ['initiatiefnemer', 'trekker', 'meedenker', 'helper', 'buurtcontact'] as const
export type ResidentRole = (typeof residentRoles)[number]

/** What kind of contact residents were brought into (verbinding). */
export const connectionKinds = ['burenhulp', 'samen-initiatief', 'gedeelde-zorg', 'anders'] as const
export type ConnectionKind = (typeof connectionKinds)[number]

/** What an individual signal at the door is about. */
export const signalCategories = [
  'eenzaamheid',
  'geldzorgen',
  'zorg-mantelzorg',
  'opvoeding',
  'wonen',
  'veiligheid',
  'anders',
] as const
export type SignalCategory = (typeof signalCategories)[number]

/**
 * The resident's consent for a signal: none (only counted: category and street), to record it, or to
 * record it and pass it on to a partner (warm handover).
 */
export const signalConsents = ['geen', 'vastleggen', 'doorgeven'] as const
export type SignalConsent = (typeof signalConsents)[number]

/** How the resident gave consent. */
export const consentChannels = ['mondeling', 'telefonisch', 'schriftelijk', 'anders'] as const
export type ConsentChannel = (typeof consentChannels)[number]

/**
 * Who picks a signal up: neighbours or an initiative (a connection), a partner after a warm handover,
 * or the resident's own network.
 */
export const signalRoutes = ['buren', 'warme-overdracht', 'eigen-netwerk'] as const
export type SignalRoute = (typeof signalRoutes)[number]

/** Where the follow-up of a signal stands. */
export const signalStatuses = ['open', 'overgedragen', 'opgepakt', 'afgerond', 'geen-behoefte'] as const
export type SignalStatus = (typeof signalStatuses)[number]
