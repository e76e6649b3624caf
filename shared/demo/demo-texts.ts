import { type AreaKind, type ContactOutcome, type PartnerKind } from '../model'

/**
 * Word lists and texts of the demo programme. Places are the real kernen of the gemeente Oldebroek;
 * every street, resident, team member and contact person is made up.
 */

export const DEMO_PROGRAMME_NAME = 'Oldebroek Voor Mekaar — Krachtstroom'
export const DEMO_GEMEENTE = 'Oldebroek'

/** The programme description, in plain Dutch. */
export function demoDescription(streets: number, addresses: number, areas: readonly string[]): string {
  const where = areas.length === 1 ? `de kern ${areas[0] ?? ''}` : `${areas.length} kernen en wijken`
  return [
    `Met Oldebroek Voor Mekaar gaat het Krachtstroomteam in ${streets} straten in ${where} (${addresses} adressen) van deur tot deur.`,
    'We vragen bewoners wat er beter kan in hun straat en hoe hulp, zorg en welzijn dichterbij kunnen komen.',
    'Hun ideeën brengen we in bij de gemeente, het sociaal team, het CJG, de woonstichting, welzijn, de wijkagent en dorps- of wijkgericht werken,',
    'en we laten de bewoners weten wat er met hun idee gebeurt.',
    'Dit is een demoprogramma: de straten, adressen en bewoners zijn fictief.',
  ].join(' ')
}

/** Kernen and wijken the demo's streets are grouped in; the first is used at scale 1. */
export const demoAreas: ReadonlyArray<{ name: string; kind: AreaKind; place: string; postcode: string }> = [
  { name: 'Oldebroek', kind: 'kern', place: 'Oldebroek', postcode: '8096' },
  { name: 'Wezep', kind: 'kern', place: 'Wezep', postcode: '8091' },
  { name: 'Hattemerbroek', kind: 'kern', place: 'Hattemerbroek', postcode: '8094' },
  { name: "'t Loo", kind: 'kern', place: "'t Loo Oldebroek", postcode: '8095' },
  { name: 'Noordeinde', kind: 'kern', place: 'Noordeinde', postcode: '8097' },
  { name: 'Oosterwolde', kind: 'kern', place: 'Oosterwolde', postcode: '8097' },
  { name: 'Wezep-Noord', kind: 'wijk', place: 'Wezep', postcode: '8092' },
  { name: 'Wezep-Zuid', kind: 'wijk', place: 'Wezep', postcode: '8091' },
  { name: 'Oldebroek-West', kind: 'wijk', place: 'Oldebroek', postcode: '8096' },
  { name: 'Oldebroek-Oost', kind: 'wijk', place: 'Oldebroek', postcode: '8096' },
]

/** The four (fictional) streets of the reference case, with their number of addresses (150 in all). */
export const demoBaseStreets: ReadonlyArray<{ name: string; size: number; notes: string }> = [
  {
    name: 'Brinkakkerweg',
    size: 48,
    notes: 'Oude dorpsstraat met veel ouderen en een speelveld halverwege.',
  },
  {
    name: 'Korenschoofstraat',
    size: 36,
    notes: 'Huurwoningen van de woonstichting, jonge gezinnen en een paar nieuwe bewoners.',
  },
  { name: 'Hazelaarhof', size: 40, notes: 'Rijtjeshuizen en een kleine flat bij de bushalte.' },
  { name: 'Wulpenerf', size: 26, notes: 'Nieuwbouw aan de rand van het dorp, veel tweeverdieners.' },
]

/** Parts of made-up street names for larger demos (30 × 15 combinations). */
export const streetNameStarts = [
  'Lijsterbes',
  'Sleedoorn',
  'Hulsthaag',
  'Heidebrem',
  'Korenaar',
  'Vlasakker',
  'Boekweit',
  'Schaapsdrift',
  'Roggekamp',
  'Haverveld',
  'Klaverweide',
  'Wilgenhoek',
  'Elzenbroek',
  'Dotterbloem',
  'Pinksterbloem',
  'Spreeuwen',
  'Kievitsbloem',
  'Goudvink',
  'Grutto',
  'Patrijzen',
  'Fazanten',
  'Ooievaars',
  'Mispel',
  'Kweepeer',
  'Vlier',
  'Bijenkorf',
  'Zandhaver',
  'Heikamp',
  'Eikelhof',
  'Beukennoot',
] as const
export const streetNameEnds = [
  'straat',
  'weg',
  'laan',
  'hof',
  'erf',
  'pad',
  'kamp',
  'akker',
  'dreef',
  'veld',
  'hoeve',
  'brink',
  'steeg',
  'singel',
  'gaarde',
] as const

/** The coach's team (fictional). */
export const demoTeam = [
  {
    key: 'coach',
    name: 'Ilse Dijkhuis',
    role: 'Projectcoach Krachtstroom',
    email: 'ilse@voormekaar.example',
    phone: '0525-000 101',
  },
  {
    key: 'buurtwerker',
    name: 'Marco Veldhuis',
    role: 'Buurtwerker',
    email: 'marco@voormekaar.example',
    phone: '0525-000 102',
  },
  {
    key: 'vrijwilliger',
    name: 'Fenna Schut',
    role: 'Vrijwilliger',
    email: 'fenna@voormekaar.example',
    phone: '',
  },
] as const
export type DemoTeamKey = (typeof demoTeam)[number]['key']

/** One partner of each kind named in docs/architecture.md, each with a fictional contact person. */
export const demoPartners: ReadonlyArray<{
  kind: PartnerKind
  name: string
  contact: { name: string; role: string; email: string; phone: string }
  notes: string
}> = [
  {
    kind: 'gemeente',
    name: 'Gemeente Oldebroek',
    contact: {
      name: 'Sandra Wolters',
      role: 'Beleidsadviseur sociaal domein',
      email: 's.wolters@gemeente-oldebroek.example',
      phone: '0525-000 201',
    },
    notes: 'Opdrachtgever van het programma. Ideeën over de openbare ruimte lopen via de wijkbeheerder.',
  },
  {
    kind: 'woningcorporatie',
    name: 'Woonstichting Broekland',
    contact: {
      name: 'Erik Bosgra',
      role: 'Wijkconsulent',
      email: 'e.bosgra@woonstichting-broekland.example',
      phone: '0525-000 202',
    },
    notes: 'Eigenaar van de huurwoningen en de flat in de Hazelaarhof.',
  },
  {
    kind: 'sociaal-team',
    name: 'Sociaal Team Oldebroek',
    contact: {
      name: 'Miriam Hulst',
      role: 'Sociaal werker',
      email: 'm.hulst@sociaalteam.example',
      phone: '0525-000 203',
    },
    notes: 'Vast aanspreekpunt voor vragen over zorg, geld en formulieren.',
  },
  {
    kind: 'cjg',
    name: 'CJG Oldebroek',
    contact: {
      name: 'Naima Bouzid',
      role: 'Jeugd- en gezinswerker',
      email: 'n.bouzid@cjg.example',
      phone: '0525-000 204',
    },
    notes: 'Denkt mee over ideeën voor kinderen, jongeren en jonge ouders.',
  },
  {
    kind: 'welzijn',
    name: 'Stichting Welzijn Samen Verder',
    contact: {
      name: 'Jolanda Timmer',
      role: 'Opbouwwerker',
      email: 'j.timmer@samenverder.example',
      phone: '0525-000 205',
    },
    notes: 'Helpt met vrijwilligers, ruimte in het dorpshuis en kleine budgetten.',
  },
  {
    kind: 'politie',
    name: 'Politie — wijkagent Oldebroek',
    contact: {
      name: 'Rik van Dalen',
      role: 'Wijkagent',
      email: 'wijkagent.oldebroek@politie.example',
      phone: '0525-000 206',
    },
    notes: 'Komt op verzoek mee naar bewonersavonden.',
  },
  {
    kind: 'dorpsgericht-werken',
    name: 'Dorpsgericht werken Oldebroek',
    contact: {
      name: 'Bart Mulder',
      role: 'Dorpscoördinator',
      email: 'b.mulder@dorpsgericht.example',
      phone: '0525-000 207',
    },
    notes: 'Verbindt de ideeën met het dorpsplan en de dorpsraad.',
  },
]

/** Fictional first names of residents who gave their name and number (with consent). */
export const residentFirstNames = [
  'Bertus',
  'Coby',
  'Dinie',
  'Gerlof',
  'Hillie',
  'Jaap',
  'Kornelis',
  'Marretje',
  'Nelleke',
  'Pieternel',
  'Rikus',
  'Sjoukje',
  'Tonnie',
  'Wubbo',
  'Ybeltje',
  'Zwaantje',
] as const

/** Household notes the coach keeps for a few addresses (no names, nothing sensitive). */
export const householdNotes = [
  'Liever overdag aanbellen.',
  'Bel werkt niet, even kloppen.',
  'Hond achter de deur, rustig aan.',
  'Spreekt vooral Engels.',
  'Achterom via het tuinpad.',
] as const

/** Short notes the coach writes down after a door, per outcome (no names, street level at most). */
export const contactNotes: Readonly<Record<ContactOutcome, readonly string[]>> = {
  gesprek: [
    'Praat graag mee over de straat en wil meedenken.',
    'Zorgen over de hoge energierekening.',
    'Vindt dat de buurt de laatste jaren minder op elkaar let.',
    'Zou graag andere ouders met jonge kinderen leren kennen.',
    'Wil helpen bij een opruimactie.',
    'Blij dat er iemand langskomt; komt naar de bewonersavond.',
    'Vertelt over te hard rijdende auto’s in de straat.',
  ],
  'niet-thuis': ['Niemand thuis.', 'Licht brandde, niet opengedaan.'],
  'later-terug': ['Liever na het avondeten terugkomen.', 'Was aan het koken; volgende week nog eens.'],
  kaartje: [
    'Kaartje met uitnodiging voor de bewonersavond in de bus gedaan.',
    'Kaartje met ons telefoonnummer achtergelaten.',
  ],
  'geen-interesse': ['Geen behoefte aan een gesprek, wel vriendelijk.', 'Heeft het te druk, geen interesse.'],
  'niet-benaderen': ['Wil niet meer benaderd worden.'],
}

/** Texts of the demo's sessions. */
export const sessionTexts = {
  kickOff: {
    title: 'Startoverleg met de partners',
    goal: 'Kennismaken en afspreken hoe ideeën van bewoners bij de juiste partner terechtkomen.',
    notes:
      'Alle partners waren er. Afgesproken: ideeën komen via de coach binnen en elke partner noemt één vast aanspreekpunt. Over acht weken de eerste ideeën bespreken.',
  },
  intake: {
    title: 'Partneroverleg: ideeën inbrengen',
    goal: 'De uitgewerkte ideeën bespreken en per idee afspreken welke partner het oppakt.',
    notes:
      'Twaalf ideeën besproken. De gemeente pakt de ideeën over de openbare ruimte op, het sociaal team de boodschappenhulp en de formulierenhulp. De woonstichting komt terug op het veldje en de drempel bij de flat.',
  },
  followUp: {
    title: 'Partneroverleg: stand van zaken',
    goal: 'Per partner nalopen hoe het staat met de ingebrachte ideeën, en wat we de bewoners kunnen vertellen.',
  },
  round: {
    goal: 'Bij alle adressen aanbellen, kennismaken en vragen wat er beter kan in de straat.',
    notes: (conversations: number): string =>
      `Bij ${conversations} adressen een gesprek gehad. Veel mensen zijn blij dat er iemand langskomt. Terugkerende onderwerpen: hard rijden, weinig ontmoeting en zorgen over geld.`,
  },
  secondRound: {
    goal: 'Terug naar de adressen waar niemand thuis was, en verder praten over de ideeën.',
    notes: (conversations: number): string =>
      `Tweede ronde: ${conversations} gesprekken. Een paar bewoners willen zelf trekker worden van een idee.`,
  },
  kitchenTable: {
    goal: 'Met een paar buren aan de keukentafel doorpraten over zorg en hulp in de straat.',
    notes:
      'Zes buren aan tafel. Het ging vooral over eenzaamheid en over boodschappen doen voor wie slecht ter been is. Twee bewoners willen helpen.',
  },
  residentsEvening: {
    goal: 'Alle bewoners uitnodigen, de eerste ideeën laten zien en nieuwe ideeën ophalen.',
    notes:
      'Goede opkomst. De ideeën hingen aan de muur en bewoners plakten stickers bij hun favoriet. De wijkagent en de gemeente beantwoordden vragen.',
  },
  streetTalk: {
    goal: 'Op het speelveld met bewoners in gesprek, met koffie en iets lekkers.',
    cancelled: 'Afgelast vanwege de regen.',
  },
  ideaMarket: {
    goal: 'Bewoners presenteren hun eigen ideeën aan elkaar en aan de partners.',
    notes:
      'Elf ideeën gepresenteerd door bewoners zelf. Veel aanmeldingen voor de opruimactie en de wandelgroep.',
  },
  feedback: {
    goal: 'Laten zien wat er met de ideeën is gebeurd: wat is gelukt, wat loopt nog en wat niet kan (en waarom).',
  },
} as const

export const DEMO_VENUE = 'Dorpshuis De Hooiberg'
