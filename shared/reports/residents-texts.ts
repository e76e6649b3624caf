import { type Language } from '../model'

const nlNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const nlN = (value: number): string => nlNumber.format(value)
const enN = (value: number): string => enNumber.format(value)
const nlPlural = (value: number, one: string, other: string): string =>
  value === 1 ? `1 ${one}` : `${nlN(value)} ${other}`
const enPlural = (value: number, one: string, other: string): string =>
  value === 1 ? `1 ${one}` : `${enN(value)} ${other}`

/** The words of the "bewoners aan zet" sections of the Word reports, in Dutch (the source language). */
const nl = {
  heading: 'Bewoners aan zet',
  intro:
    'Krachtstroom gaat niet alleen over ideeën ophalen: bewoners nemen zelf het voortouw, helpen elkaar en vangen elkaar op. Dit hoofdstuk laat zien wie iets draagt, welke verbindingen tussen buren er zijn ontstaan en welke persoonlijke signalen met toestemming zijn opgepakt.',
  summary: (f: {
    asOf: string
    active: number
    streets: number
    trekker: number
    ideas: number
    connections: number
    signals: number
  }): string =>
    `Per ${f.asOf} ${f.active === 1 ? 'is 1 bewoner' : `zijn ${nlN(f.active)} bewoners`} actief betrokken, in ${nlPlural(f.streets, 'straat', 'straten')}. ` +
    `Bij ${nlN(f.trekker)} van de ${nlPlural(f.ideas, 'idee', 'ideeën')} is een bewoner trekker. ` +
    `Er ${f.connections === 1 ? 'is 1 verbinding' : `zijn ${nlN(f.connections)} verbindingen`} tussen buren gelegd en ${f.signals === 1 ? 'is 1 persoonlijk signaal' : `zijn ${nlN(f.signals)} persoonlijke signalen`} opgevangen.`,
  figureActive: 'Actieve bewoners',
  figureTrekker: 'Ideeën met een bewoner als trekker',
  figureTrekkerNote: (ideas: number): string => `van ${nlPlural(ideas, 'idee', 'ideeën')}`,
  figureConnections: 'Verbindingen tussen buren',
  figureDurable: 'Na 3 maanden nog actief',
  figureDurableNote: (eligible: number): string =>
    `van ${nlPlural(eligible, 'verbinding', 'verbindingen')} van 3 maanden of ouder`,
  figureHandovers: 'Warme overdrachten',
  figureHandoversNote: (picked: number): string => `waarvan ${nlN(picked)} opgepakt`,
  activeHeading: 'Actieve bewoners',
  activeText: (active: number, addresses: number, streets: number, started: number, period: string): string =>
    `${active === 1 ? '1 bewoner heeft' : `${nlN(active)} bewoners hebben`} nu een rol bij een idee of in de straat, op ${nlPlural(addresses, 'adres', 'adressen')} in ${nlPlural(streets, 'straat', 'straten')}. ` +
    `In de periode ${period} ${started === 1 ? 'nam 1 bewoner' : `namen ${nlN(started)} bewoners`} een rol op zich. Een bewoner met meer rollen telt bij elke rol mee.`,
  noActive: 'Er zijn nog geen bewoners met een rol vastgelegd.',
  byRole: 'Per rol:',
  byKind: 'Per soort:',
  byCategoryLead: 'Per soort signaal:',
  columnStreet: 'Straat',
  columnActive: 'Actieve bewoners',
  total: 'Totaal',
  connectionsHeading: 'Verbindingen tussen buren',
  connectionsText: (f: {
    made: number
    inPeriod: number
    running: number
    addresses: number
    streets: number
    fromIdea: number
    fromSignal: number
  }): string =>
    `Het team bracht bewoners ${f.made === 1 ? '1 keer' : `${nlN(f.made)} keer`} met elkaar in contact, ${nlN(f.inPeriod)} keer in deze periode. ` +
    `Daarbij ${f.addresses === 1 ? 'is 1 adres' : `zijn ${nlN(f.addresses)} adressen`} in ${nlPlural(f.streets, 'straat', 'straten')} betrokken. ` +
    `${f.running === 1 ? '1 verbinding liep' : `${nlN(f.running)} verbindingen liepen`} bij de laatste controle nog. ` +
    `${nlN(f.fromIdea)} ${f.fromIdea === 1 ? 'verbinding groeide' : 'verbindingen groeiden'} uit een idee, ${nlN(f.fromSignal)} uit een signaal.`,
  durableText: (after3: string, after6: string, unchecked: number): string =>
    `Nog actief na 3 maanden: ${after3}. Nog actief na 6 maanden: ${after6}.` +
    (unchecked === 0
      ? ''
      : ` Van ${nlPlural(unchecked, 'verbinding', 'verbindingen')} is na 3 maanden nog niet nagevraagd of ze nog loopt.`),
  durableShare: (active: number, eligible: number): string =>
    eligible === 0 ? 'nog geen verbindingen die oud genoeg zijn' : `${nlN(active)} van ${nlN(eligible)}`,
  noConnections: 'Er zijn nog geen verbindingen tussen buren vastgelegd.',
  signalsHeading: 'Persoonlijke signalen',
  signalsPrivacy:
    'Signalen gaan over persoonlijke situaties en staan hier alleen als aantallen: zonder namen, adressen of notities. Zonder toestemming van de bewoner is alleen de soort en de straat vastgelegd. Per straat staat een aantal alleen als het 5 of meer is; kleinere aantallen zijn samengenomen.',
  signalsText: (total: number, inPeriod: number, countOnly: number): string =>
    `Het team ving ${nlPlural(total, 'signaal', 'signalen')} op, ${nlN(inPeriod)} in deze periode. ` +
    `Bij ${nlN(countOnly)} daarvan gaf de bewoner geen toestemming om het vast te leggen; die zijn alleen geteld.`,
  noSignals: 'Er zijn geen persoonlijke signalen vastgelegd.',
  columnSignals: 'Signalen',
  byRouteIntro: 'Van de signalen met toestemming van de bewoner:',
  withoutRoute: 'Nog geen route gekozen',
  handoversHeading: 'Warme overdrachten per soort partner',
  handoversIntro:
    'Bij een warme overdracht brengt het team de bewoner, met diens toestemming, zelf in contact met een partner. De wachttijd loopt van de overdracht tot de partner het signaal oppakt.',
  noHandovers: 'Er zijn (nog) geen signalen warm overgedragen aan een partner.',
  columnPartnerKind: 'Soort partner',
  columnHandovers: 'Overgedragen',
  columnPickedUp: 'Opgepakt',
  columnWaiting: 'Wacht nog',
  columnAverageWait: 'Gem. wachttijd',
  columnLongestWait: 'Langst wachtend',
  perStreet: 'Signalen per straat',
  otherStreets: 'Overige straten (samen)',
  otherStreetsCount: (streets: number) => `Overige ${streets} straten (samen)`,
  perStreetSuppressed:
    'Per straat zijn de aantallen te klein om te tonen zonder dat ze naar een huishouden kunnen wijzen; daarom staat hier alleen het totaal.',
  days: (value: number): string => nlPlural(value, 'dag', 'dagen'),
  none: '—',
  goalsHeading: 'Doelen voor bewoners aan zet',
  goalsIntro: (asOf: string): string =>
    `De doelen voor actieve bewoners en verbindingen naast de stand per ${asOf}.`,
  noGoals: 'Voor actieve bewoners en verbindingen zijn geen doelen in aantallen afgesproken.',
  goalActive: 'Actieve bewoners',
  goalConnections: 'Verbindingen tussen buren',
  columnGoal: 'Doel',
  columnPlanned: 'Afgesproken',
  columnAchieved: 'Gerealiseerd',
  columnShare: 'Behaald',
  partnerHeading: 'Warme overdrachten van signalen',
  partnerIntro: (partner: string): string =>
    `Signalen die bewoners met hun toestemming lieten doorgeven aan ${partner}. Om de privacy van bewoners te beschermen staan hier alleen aantallen en wachttijden, geen namen of adressen.`,
  partnerNone: (partner: string): string => `Er zijn (nog) geen signalen warm overgedragen aan ${partner}.`,
  partnerFigureHandovers: 'Overgedragen',
  partnerFigurePickedUp: 'Opgepakt',
  partnerFigureWaiting: 'Wacht nog op oppakken',
  partnerFigureAverage: 'Gemiddelde wachttijd',
  partnerFigureAverageNote: 'van overdracht tot oppakken',
  partnerLongest: (days: string): string => `Het langst wachtende signaal wacht nu ${days}.`,
}

/** The words of the "bewoners aan zet" report sections, one shape for every language. */
export type ResidentsReportTexts = typeof nl

const en: ResidentsReportTexts = {
  heading: 'Residents taking the lead',
  intro:
    'Krachtstroom is not only about collecting ideas: residents take the lead themselves, help each other and look out for one another. This chapter shows who carries what, which connections between neighbours have grown and which personal signals were followed up with consent.',
  summary: (f) =>
    `As of ${f.asOf}, ${f.active === 1 ? '1 resident is' : `${enN(f.active)} residents are`} actively involved, in ${enPlural(f.streets, 'street', 'streets')}. ` +
    `A resident leads ${enN(f.trekker)} of the ${enPlural(f.ideas, 'idea', 'ideas')}. ` +
    `${f.connections === 1 ? '1 connection was' : `${enN(f.connections)} connections were`} made between neighbours and ${f.signals === 1 ? '1 personal signal was' : `${enN(f.signals)} personal signals were`} picked up.`,
  figureActive: 'Active residents',
  figureTrekker: 'Ideas led by a resident',
  figureTrekkerNote: (ideas) => `of ${enPlural(ideas, 'idea', 'ideas')}`,
  figureConnections: 'Connections between neighbours',
  figureDurable: 'Still running after 3 months',
  figureDurableNote: (eligible) => `of ${enPlural(eligible, 'connection', 'connections')} 3 months or older`,
  figureHandovers: 'Warm handovers',
  figureHandoversNote: (picked) => `${enN(picked)} picked up`,
  activeHeading: 'Active residents',
  activeText: (active, addresses, streets, started, period) =>
    `${active === 1 ? '1 resident has' : `${enN(active)} residents have`} a role on an idea or in the street, at ${enPlural(addresses, 'address', 'addresses')} in ${enPlural(streets, 'street', 'streets')}. ` +
    `In the period ${period}, ${started === 1 ? '1 resident' : `${enN(started)} residents`} took on a role. A resident with several roles counts under each.`,
  noActive: 'No residents with a role have been recorded yet.',
  byRole: 'By role:',
  byKind: 'By kind:',
  byCategoryLead: 'By kind of signal:',
  columnStreet: 'Street',
  columnActive: 'Active residents',
  total: 'Total',
  connectionsHeading: 'Connections between neighbours',
  connectionsText: (f) =>
    `The team brought residents into contact with each other ${f.made === 1 ? 'once' : `${enN(f.made)} times`}, ${enN(f.inPeriod)} of them in this period. ` +
    `${enPlural(f.addresses, 'address', 'addresses')} in ${enPlural(f.streets, 'street', 'streets')} ${f.addresses === 1 ? 'was' : 'were'} involved. ` +
    `${f.running === 1 ? '1 connection was' : `${enN(f.running)} connections were`} still running at the last check. ` +
    `${enN(f.fromIdea)} grew from an idea, ${enN(f.fromSignal)} from a signal.`,
  durableText: (after3, after6, unchecked) =>
    `Still running after 3 months: ${after3}. Still running after 6 months: ${after6}.` +
    (unchecked === 0
      ? ''
      : ` ${enPlural(unchecked, 'connection has', 'connections have')} not been checked after 3 months yet.`),
  durableShare: (active, eligible) =>
    eligible === 0 ? 'no connections old enough yet' : `${enN(active)} of ${enN(eligible)}`,
  noConnections: 'No connections between neighbours have been recorded yet.',
  signalsHeading: 'Personal signals',
  signalsPrivacy:
    'Signals are about personal situations and appear here only as counts: without names, addresses or notes. Without the resident’s consent only the kind and the street were recorded. A count per street is shown only when it is 5 or more; smaller counts are taken together.',
  signalsText: (total, inPeriod, countOnly) =>
    `The team picked up ${enPlural(total, 'signal', 'signals')}, ${enN(inPeriod)} in this period. ` +
    `For ${enN(countOnly)} of them the resident gave no consent to record it; those were only counted.`,
  noSignals: 'No personal signals have been recorded.',
  columnSignals: 'Signals',
  byRouteIntro: 'Of the signals recorded with the resident’s consent:',
  withoutRoute: 'No route chosen yet',
  handoversHeading: 'Warm handovers by kind of partner',
  handoversIntro:
    'In a warm handover the team, with the resident’s consent, puts the resident in touch with a partner in person. The waiting time runs from the handover until the partner picks the signal up.',
  noHandovers: 'No signals have been handed over to a partner (yet).',
  columnPartnerKind: 'Kind of partner',
  columnHandovers: 'Handed over',
  columnPickedUp: 'Picked up',
  columnWaiting: 'Still waiting',
  columnAverageWait: 'Average wait',
  columnLongestWait: 'Longest waiting',
  perStreet: 'Signals by street',
  otherStreets: 'Other streets (together)',
  otherStreetsCount: (streets: number) => `Other ${streets} streets (together)`,
  perStreetSuppressed:
    'Per street the counts are too small to show without pointing at a household; only the total is given.',
  days: (value) => enPlural(value, 'day', 'days'),
  none: '—',
  goalsHeading: 'Goals for residents taking the lead',
  goalsIntro: (asOf) => `The goals for active residents and connections against the figures as of ${asOf}.`,
  noGoals: 'No numeric goals were agreed for active residents and connections.',
  goalActive: 'Active residents',
  goalConnections: 'Connections between neighbours',
  columnGoal: 'Goal',
  columnPlanned: 'Agreed',
  columnAchieved: 'Achieved',
  columnShare: 'Reached',
  partnerHeading: 'Warm handovers of signals',
  partnerIntro: (partner) =>
    `Signals residents asked us to pass on to ${partner}, with their consent. To protect residents’ privacy only counts and waiting times appear here, no names or addresses.`,
  partnerNone: (partner) => `No signals have been handed over to ${partner} (yet).`,
  partnerFigureHandovers: 'Handed over',
  partnerFigurePickedUp: 'Picked up',
  partnerFigureWaiting: 'Waiting to be picked up',
  partnerFigureAverage: 'Average waiting time',
  partnerFigureAverageNote: 'from handover to pick-up',
  partnerLongest: (days) => `The signal waiting longest has now waited ${days}.`,
}

/** The "bewoners aan zet" report words of one language. */
export function residentsReportTexts(language: Language): ResidentsReportTexts {
  return language === 'en' ? en : nl
}
