/**
 * Codes of the programme's fixed vocabulary. Codes are stable (stored, sent over the API); the words a
 * coach sees live in shared/i18n, in Dutch and English.
 */

/** Outcome of knocking on one door (contactmoment). */
export const contactOutcomes = [
  'gesprek',
  'niet-thuis',
  'later-terug',
  'kaartje',
  'geen-interesse',
  'niet-benaderen',
] as const
export type ContactOutcome = (typeof contactOutcomes)[number]

/** Kinds of street session (straatsessie / bijeenkomst). */
export const sessionTypes = [
  'deur-aan-deur',
  'keukentafel',
  'straatgesprek',
  'bewonersavond',
  'ideeenmarkt',
  'terugkoppeling',
  'partneroverleg',
  'anders',
] as const
export type SessionType = (typeof sessionTypes)[number]

/** Where a session stands. */
export const sessionStatuses = ['gepland', 'gehouden', 'geannuleerd', 'verplaatst'] as const
export type SessionStatus = (typeof sessionStatuses)[number]

/** The idea lifecycle: the main line first, then the side exits. */
export const ideaStatuses = [
  'opgehaald',
  'uitgewerkt',
  'ingebracht',
  'in-uitvoering',
  'gerealiseerd',
  'geparkeerd',
  'niet-haalbaar',
  'samengevoegd',
] as const
export type IdeaStatus = (typeof ideaStatuses)[number]

/** Default themes every new programme starts with; the coach can add and rename. */
export const defaultThemeCodes = [
  'sociale-samenhang',
  'leefbaarheid',
  'veiligheid',
  'armoede',
  'zorg-en-welzijn',
  'openbare-ruimte',
  'meedoen',
] as const
export type DefaultThemeCode = (typeof defaultThemeCodes)[number]

/** The Krachtstroom ingredients an idea can carry. */
export const ingredients = [
  'bewoners-verbinden',
  'oog-voor-belangen',
  'onderlinge-solidariteit',
  'rechtvaardigheid',
  'sterke-sociale-netwerken',
] as const
export type Ingredient = (typeof ingredients)[number]

/** Kinds of partner organisation in the systeemwereld. */
export const partnerKinds = [
  'gemeente',
  'woningcorporatie',
  'sociaal-team',
  'cjg',
  'welzijn',
  'politie',
  'dorpsgericht-werken',
  'bewonersinitiatief',
  'anders',
] as const
export type PartnerKind = (typeof partnerKinds)[number]

/** What an idea needs to be realised. */
export const ideaNeeds = ['geld', 'ruimte', 'vergunning', 'vrijwilligers', 'hulp-partner'] as const
export type IdeaNeed = (typeof ideaNeeds)[number]

/** Whether an idea serves one household or the street. */
export const ideaScopes = ['individueel', 'collectief'] as const
export type IdeaScope = (typeof ideaScopes)[number]

/** Grouping of streets. */
export const areaKinds = ['kern', 'wijk', 'buurt'] as const
export type AreaKind = (typeof areaKinds)[number]

/** How residents were told what happened with their idea. */
export const feedbackChannels = [
  'aan-de-deur',
  'bijeenkomst',
  'brief',
  'telefoon',
  'e-mail',
  'anders',
] as const
export type FeedbackChannel = (typeof feedbackChannels)[number]

/** Report kinds (generated as Word documents). */
export const reportKinds = ['gemeente', 'partner', 'idee', 'sessie', 'verantwoording', 'looplijst'] as const
export type ReportKind = (typeof reportKinds)[number]

/** Languages of the interface and of reports. */
export const languages = ['nl', 'en'] as const
export type Language = (typeof languages)[number]
