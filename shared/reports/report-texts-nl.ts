import { type SessionStatus } from '../model'

/** The sessions held in a report's period, for the sentence that introduces them. */
export interface SessionCounts {
  held: number
  /** Attendees of the held sessions that are not door-to-door rounds. */
  attendees: number
  doorRounds: number
  doorConversations: number
  cancelled: number
}

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const n = (value: number): string => nf.format(value)
const plural = (value: number, one: string, other: string): string =>
  value === 1 ? `1 ${one}` : `${n(value)} ${other}`
const join = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`
const ideas = (value: number): string => plural(value, 'idee', 'ideeën')
const addresses = (value: number): string => plural(value, 'adres', 'adressen')
const conversations = (value: number): string => plural(value, 'gesprek', 'gesprekken')
const sessions = (value: number): string => plural(value, 'sessie', 'sessies')
const task = (title: string, owner: string, due: string): string =>
  `${title}${owner === '' ? '' : ` (${owner})`}${due === '' ? '' : `, uiterlijk ${due}`}`

/** The words of the Word reports in Dutch, the source language; English has the same shape. */
export const reportTextsNl = {
  count: {
    streets: (value: number): string => plural(value, 'straat', 'straten'),
    addresses,
    ideas,
    conversations,
    sessions,
  },
  common: {
    programme: 'Programma',
    gemeente: 'Gemeente',
    period: 'Periode',
    author: 'Opgesteld door',
    organisation: 'Organisatie',
    date: 'Datum',
    madeOn: 'Gemaakt op',
    page: 'Pagina',
    of: 'van',
    contents: 'Inhoud',
    goal: 'doel',
    logoAlt: (organisation: string): string => (organisation === '' ? 'Logo' : `Logo van ${organisation}`),
    figure: 'Figuur',
    yes: 'ja',
    no: 'nee',
    overdue: 'verlopen',
    unknownPartner: 'Onbekende partner',
    privacyAnonymous:
      'Geanonimiseerd: zonder namen, adressen, telefoonnummers en e-mailadressen van bewoners. Ook in citaten en notities zijn die vervangen door [naam], [adres], [telefoonnummer] of [e-mailadres]; een achternaam die ook een gewoon woord is (zoals ‘Visser’) kan daar als [naam] staan.',
    privacyWithNames:
      'Let op: op verzoek van de opsteller staan in dit document namen van bewoners. Deel het alleen met wie het nodig heeft.',
    days: (value: number): string => plural(value, 'dag', 'dagen'),
    list: join,
    residentOf: (street: string): string => `Bewoner ${street}`,
    collectedOn: (date: string): string => `opgehaald ${date}`,
    quarter: (quarter: number, year: number): string => `K${quarter} ${year}`,
    andOthers: (value: number): string => `en ${value === 1 ? '1 ander' : `${n(value)} anderen`}`,
    asOfColumn: (date: string): string => `Stand ${date}`,
    programmeInFigures: (f: {
      programme: string
      gemeente: string
      streets: number
      addresses: number
      reached: number
      ideas: number
      realised: number
      asOf: string
    }): string =>
      `${f.programme} is een programma in de gemeente ${f.gemeente}. Het team werkt in ${plural(f.streets, 'straat', 'straten')} met samen ${addresses(f.addresses)}; ` +
      `tot en met ${f.asOf} is er bij ${addresses(f.reached)} een gesprek geweest. Bewoners brachten ${ideas(f.ideas)} in, waarvan er ${n(f.realised)} ${f.realised === 1 ? 'is' : 'zijn'} gerealiseerd.`,
    aboutFigures: (asOf: string, today: string): string =>
      `De cijfers geven de stand per ${asOf}. Ze komen uit Krachtstroom Coach, waarin het team elk huisbezoek, elke sessie en elk idee vastlegt. Deze rapportage is gemaakt op ${today}.`,
    aboutAnonymous:
      'Bewoners komen in deze rapportage niet met naam voor. Namen, huisnummers, telefoonnummers en notities van huisbezoeken zijn weggelaten; waar bewoners aan het woord zijn, staat alleen hun straat. Namen, adressen, telefoonnummers en e-mailadressen in citaten en notities zijn vervangen door [naam], [adres], [telefoonnummer] of [e-mailadres], ook een naam die een gewoon woord is.',
    aboutWithNames:
      'Op verzoek van de opsteller staan in deze rapportage namen van bewoners die een idee inbrachten. Deel dit document alleen met wie het voor zijn werk nodig heeft. Huisnummers, telefoonnummers en notities van huisbezoeken zijn weggelaten.',
  },
  gemeente: {
    subtitle: (gemeente: string): string => `Voortgang van het programma in de gemeente ${gemeente}`,
    summary: 'Samenvatting',
    summaryWhere: (gemeente: string, streets: number, total: number): string =>
      `In de gemeente ${gemeente} gaat het team in ${plural(streets, 'straat', 'straten')} met samen ${addresses(total)} van deur tot deur.`,
    summaryReach: (asOf: string, attempted: number, reached: number, share: string, talks: number): string =>
      `Tot en met ${asOf} is bij ${addresses(attempted)} aangebeld. Bij ${addresses(reached)} (${share} van alle adressen) was er een gesprek; in totaal voerde het team ${conversations(talks)}.`,
    summaryIdeas: (total: number, realised: number, inProgress: number, withPartner: number): string =>
      `Bewoners brachten ${ideas(total)} in. Daarvan ${realised === 1 ? 'is er 1' : `zijn er ${n(realised)}`} gerealiseerd en ${n(inProgress)} in uitvoering; ${n(withPartner)} ${withPartner === 1 ? 'ligt' : 'liggen'} ter beoordeling bij een partner.`,
    summaryPeriod: (period: string, collected: number, held: number, talks: number): string =>
      `In de rapportageperiode (${period}) voerde het team ${conversations(talks)}, kwamen er ${ideas(collected)} bij en ${held === 1 ? 'werd' : 'werden'} ${sessions(held)} gehouden.`,
    summaryGoal: (goal: number, share: string): string =>
      `Het doel is om ${addresses(goal)} te bereiken; dat doel is nu voor ${share} gehaald.`,
    about: 'Over deze rapportage',
    keyFigures: 'Kerncijfers',
    keyFiguresIntro: (asOf: string): string =>
      `De belangrijkste cijfers per ${asOf}, naast de doelen die met de gemeente zijn afgesproken.`,
    figureReached: 'Adressen bereikt',
    figureOfAddresses: (total: number): string => `van ${addresses(total)}`,
    figureConversations: 'Gesprekken',
    figureIdeas: 'Ideeën',
    figureRealised: 'Ideeën gerealiseerd',
    detailHeading: 'Alle cijfers op een rij',
    columnFigure: 'Onderdeel',
    columnInPeriod: 'In deze periode',
    rowStreets: 'Straten',
    rowAddresses: 'Adressen',
    rowAttempted: 'Adressen waar is aangebeld',
    rowReached: 'Adressen bereikt (gesprek gehad)',
    rowNotHomeOnly: 'Adressen niet thuis of later terugkomen',
    rowDoNotContact: 'Adressen die niet meer benaderd willen worden',
    rowContactMoments: 'Huisbezoeken (contactmomenten)',
    rowConversations: 'Gesprekken aan de deur',
    rowIdeas: 'Ideeën opgehaald',
    rowRealised: 'Ideeën gerealiseerd',
    rowIdeasPerReached: 'Ideeën per bereikt adres',
    rowSessionsHeld: 'Sessies gehouden',
    rowSessionsPlanned: 'Sessies gepland',
    rowPartners: 'Betrokken partners',
    rowOpenActions: 'Openstaande vervolgstappen',
    detailNote:
      'Een adres telt als bereikt zodra er minstens één gesprek aan de deur is geweest. Niet bij elk huisbezoek is iemand thuis; daarom zijn er meer huisbezoeken dan gesprekken.',
    coverage: 'Bereik per straat',
    coverageIntro: (streets: number, share: string, best: string, bestShare: string): string =>
      streets === 1
        ? `In de straat is ${share} van de adressen bereikt.`
        : `In de ${n(streets)} straten samen is ${share} van de adressen bereikt. Straat met het hoogste bereik: ${best} (${bestShare}).`,
    outcomes: 'Uitkomsten aan de deur',
    outcomesText: (visits: number, missed: number): string =>
      `Bij ${plural(visits, 'huisbezoek', 'huisbezoeken')} legde het team vast wat er gebeurde. Bij ${addresses(missed)} was niemand thuis of vroeg de bewoner om later terug te komen; daar gaat het team nog eens langs.`,
    noOutcomes: 'Er zijn nog geen huisbezoeken vastgelegd.',
    columnStreet: 'Straat',
    columnAddresses: 'Adressen',
    columnAttempted: 'Aangebeld',
    columnReached: 'Bereikt',
    columnCoverage: 'Bereik',
    columnIdeas: 'Ideeën',
    total: 'Totaal',
    ideas: 'Ideeën van bewoners',
    ideasIntro: (total: number, perReached: string): string =>
      `Bewoners brachten ${ideas(total)} in: gemiddeld ${perReached} idee per bereikt adres. Hieronder staan ze per thema en naar stand van zaken.`,
    ideasByTheme: 'Ideeën per thema',
    ideasByThemeText: (top: readonly string[]): string =>
      top.length === 0
        ? ''
        : `De meeste ideeën gaan over ${join(top)}. Een idee kan bij meer dan één thema horen.`,
    ideasByStatus: 'Stand van zaken',
    ideasByStatusText: (realised: number, inProgress: number, withPartner: number): string =>
      `Van de ideeën ${realised === 1 ? 'is er 1' : `zijn er ${n(realised)}`} gerealiseerd en ${n(inProgress)} in uitvoering; ${n(withPartner)} ${withPartner === 1 ? 'ligt' : 'liggen'} bij een partner, die beoordeelt wat er mogelijk is.`,
    noIdeas: 'Er zijn nog geen ideeën opgehaald.',
    columnStatus: 'Status',
    highlighted: 'Uitgelichte ideeën',
    highlightedIntro: 'Een paar ideeën in de woorden van de bewoners zelf.',
    highlightedStatus: (status: string, themes: string, partners: string, supporters: number): string =>
      [
        `Status: ${status}`,
        themes === '' ? '' : `${themes.includes(',') ? "Thema's" : 'Thema'}: ${themes}`,
        partners === '' ? '' : `Partner: ${partners}`,
        supporters === 0
          ? ''
          : supporters === 1
            ? '1 bewoner steunt dit idee'
            : `${n(supporters)} bewoners steunen dit idee`,
      ]
        .filter((part) => part !== '')
        .join(' · '),
    sessions: 'Sessies',
    noSessions: 'In deze periode zijn geen sessies gehouden.',
    sessionsIntro: (counts: SessionCounts): string =>
      `In deze periode ${counts.held === 1 ? 'is' : 'zijn'} ${sessions(counts.held)} gehouden` +
      (counts.doorRounds === 0
        ? `, met samen ${n(counts.attendees)} aanwezigen.`
        : counts.doorRounds === counts.held
          ? `: ${counts.doorRounds === 1 ? 'een deur-aan-deurronde' : `${n(counts.doorRounds)} deur-aan-deurrondes`} met samen ${plural(counts.doorConversations, 'gesprek', 'gesprekken')} aan de deur.`
          : `: ${counts.doorRounds === 1 ? 'een deur-aan-deurronde' : `${n(counts.doorRounds)} deur-aan-deurrondes`} met samen ${plural(counts.doorConversations, 'gesprek', 'gesprekken')} aan de deur, en ${sessions(counts.held - counts.doorRounds)} met samen ${n(counts.attendees)} aanwezigen.`) +
      (counts.cancelled === 0
        ? ''
        : counts.cancelled === 1
          ? ' Eén sessie is geannuleerd.'
          : ` Daarnaast zijn ${n(counts.cancelled)} sessies geannuleerd.`),
    turnoutAttendees: (value: number): string => (value === 1 ? '1 aanwezige' : `${n(value)} aanwezigen`),
    turnoutConversations: (value: number): string => plural(value, 'gesprek', 'gesprekken'),
    columnDate: 'Datum',
    columnSession: 'Sessie',
    columnType: 'Soort',
    columnAttendees: 'Opkomst',
    partners: 'Samenwerking met partners',
    partnersIntro:
      'Ideeën die een partner nodig hebben, brengt het team bij die partner in. De tabel laat per partner zien hoeveel ideeën er liggen, hoeveel er al een antwoord hebben en hoe lang het langst wachtende idee al op een antwoord wacht.',
    noPartnerIdeas: 'Er zijn nog geen ideeën bij partners ingebracht.',
    columnPartner: 'Partner',
    columnOwned: 'Ideeën',
    columnAnswered: 'Beantwoord',
    columnWaiting: 'Wacht op antwoord',
    columnLongestWait: 'Langste wachttijd',
    columnOpenActions: 'Open stappen',
    longWaitItem: (idea: string, street: string, partner: string, days: string): string =>
      `${idea}${street === '' ? '' : ` (${street})`} — ${partner}: ${days}`,
    moreLongWaits: (more: number, days: number): string =>
      `En nog ${ideas(more)} die langer dan ${n(days)} dagen op een antwoord ${more === 1 ? 'wacht' : 'wachten'}; per partner staan ze in de partnerrapportage.`,
    longWaitsIntro: (days: number): string =>
      `Deze ideeën wachten langer dan ${n(days)} dagen op een antwoord:`,
    noLongWaits: (days: number): string =>
      `Geen enkel idee wacht langer dan ${n(days)} dagen op een antwoord van een partner.`,
    nextSteps: 'Volgende stappen',
    nextStepsIntro: 'Wat de komende tijd gepland staat en welke vervolgstappen nog openstaan.',
    plannedSessions: 'Geplande sessies',
    openActions: 'Openstaande vervolgstappen',
    noNextSteps: 'Er staan geen sessies of vervolgstappen open.',
    plannedSession: (date: string, title: string): string => `${date} — ${title}`,
    openAction: task,
    moreActions: (more: number): string =>
      `Verder ${more === 1 ? 'staat er nog 1 vervolgstap' : `staan er nog ${n(more)} vervolgstappen`} open.`,
    feedbackOwed: (owed: number, eveningDate?: string): string =>
      `Bij ${ideas(owed)} weten de bewoners nog niet wat er sinds de laatste stap met hun idee is gebeurd.` +
      (eveningDate === undefined ? '' : ` Op ${eveningDate} staat een terugkoppelavond gepland.`),
    appendix: 'Bijlage: alle ideeën',
    appendixIntro: (total: number): string =>
      total === 1
        ? 'Het idee van het programma, met de straat, de thema’s, de stand van zaken en de partner die het oppakt.'
        : `Alle ${n(total)} ideeën van het programma, met hun straat, thema’s, stand van zaken en de partner die ze oppakt.`,
    columnIdea: 'Idee',
    columnThemes: "Thema's",
    columnInitiator: 'Ingebracht door',
    appendixLeftOut: (total: number): string =>
      `De bijlage met alle ${n(total)} ideeën is weggelaten. Alle ideeën staan, met straat, thema’s, status en partner, in de Excel-export op de pagina Ideeën van Krachtstroom Coach.`,
    results: 'Wat is er gerealiseerd',
    resultsIntro: (realised: number, inProgress: number): string =>
      `Sinds de start van het programma ${realised === 1 ? 'is 1 idee' : `zijn ${ideas(realised)}`} van bewoners gerealiseerd en ${inProgress === 1 ? 'is er 1' : `zijn er ${n(inProgress)}`} in uitvoering. Per idee: de straat, de partner, wanneer, en wat er voor bewoners is veranderd.`,
    realisedHeading: 'Gerealiseerd',
    noneRealised: 'Er is nog geen idee gerealiseerd.',
    underWayHeading: 'In uitvoering',
    noneUnderWay: 'Er is op dit moment geen idee in uitvoering.',
    realisedShortList: (shown: number, total: number) =>
      `Er zijn ${total} ideeën gerealiseerd. Hieronder de ${shown} die het laatst zijn gerealiseerd; alle ideeën staan in de Excel-export op de pagina Ideeën van Krachtstroom Coach.`,
    underWayShortList: (shown: number, total: number) =>
      `Er zijn ${total} ideeën in uitvoering. Hieronder de ${shown} die het laatst in uitvoering gingen; alle ideeën staan in de Excel-export op de pagina Ideeën van Krachtstroom Coach.`,
    columnIdeaAndStreet: 'Idee en straat',
    columnRealisedOn: 'Gerealiseerd op',
    columnWhatChanged: 'Wat is er veranderd voor bewoners',
    columnSince: 'In uitvoering sinds',
    sessionsByMonth: 'Omdat het er veel zijn, staan de sessies hieronder per soort en per maand.',
    columnSessionType: 'Soort sessie',
  },
  partner: {
    subtitle: (programme: string): string => `Ideeën van bewoners uit ${programme}`,
    coverPartner: 'Partner',
    introduction: 'Inleiding',
    intro: (partner: string, programme: string): string =>
      `Deze rapportage gaat over de ideeën van bewoners uit ${programme} die bij ${partner} zijn ingebracht. Per idee staat wat we van u vragen, hoe het ervoor staat en hoe lang het al op een antwoord wacht.`,
    share: (owned: number, partner: string): string =>
      owned === 0
        ? `${partner} heeft nog geen ideeën in beheer.`
        : `${partner} heeft ${ideas(owned)} in beheer.`,
    keyFigures: 'Kerncijfers',
    figureOwned: 'Ideeën in beheer',
    figureAnswered: 'Beantwoord',
    figureWaiting: 'Wacht op antwoord',
    figureAverageWait: 'Gemiddelde wachttijd',
    figureAverageWaitNote: 'van de ideeën zonder antwoord',
    ideas: 'Ideeën in beheer',
    noIdeas: (partner: string): string => `Er zijn nog geen ideeën bij ${partner} ingebracht.`,
    ideasIntro: 'Eerst een overzicht; daarna per idee de vraag aan u en de woorden van de bewoners.',
    columnIdea: 'Idee',
    columnStreet: 'Straat',
    columnStatus: 'Status',
    columnSince: 'Ingebracht',
    columnWait: 'Wachttijd',
    answered: 'beantwoord',
    factStatus: 'Status',
    factReason: 'Reden',
    factStreet: 'Straat',
    factThemes: "Thema's",
    factBroughtIn: 'Ingebracht op',
    factAnswer: 'Antwoord',
    factSupporters: 'Bewoners die het steunen',
    waitingFor: (days: string): string => `nog niet (wacht ${days})`,
    ask: 'Wat we van u vragen',
    answerWords: 'Uw antwoord',
    residentsWords: 'In de woorden van bewoners',
    ideaActions: 'Afgesproken vervolgstappen',
    actionItem: task,
    actions: 'Openstaande vervolgstappen',
    noActions: 'Er staan geen vervolgstappen open.',
    columnAction: 'Vervolgstap',
    columnOwner: 'Wie',
    columnDue: 'Uiterlijk',
    sessions: 'Sessies',
    noSessions: 'In deze periode waren er geen sessies waarvoor u was uitgenodigd.',
    columnDate: 'Datum',
    columnSession: 'Sessie',
    columnType: 'Soort',
    columnPresent: 'Aanwezig',
    planned: 'gepland',
    sessionsSummary: (present: number, held: number, partner: string): string =>
      `Het zijn er veel; hieronder staan ze per soort en per maand. ${partner} was bij ${n(present)} van de ${sessions(held)} die al zijn gehouden.`,
    contacts: 'Contactpersonen',
    contactsIntro: 'Deze contactpersonen zijn bij ons bekend als aanspreekpunt voor de ideeën:',
    noContacts: 'Er is nog geen contactpersoon vastgelegd.',
    columnName: 'Naam',
    columnRole: 'Functie',
    columnEmail: 'E-mail',
    columnPhone: 'Telefoon',
  },
  idea: {
    factStatus: 'Status',
    factStreet: 'Straat',
    factThemes: "Thema's",
    factIngredients: 'Ingrediënten',
    factScope: 'Soort idee',
    factNeeds: 'Wat is nodig',
    factCollected: 'Opgehaald',
    factInitiator: 'Ingebracht door',
    factSupporters: 'Steun',
    factPartners: 'Partner',
    factWhatChanged: 'Wat is er veranderd',
    collectedDuring: (date: string, session: string): string => `${date}, tijdens: ${session}`,
    supporters: (value: number): string =>
      value === 1 ? '1 bewoner steunt dit idee' : `${n(value)} bewoners steunen dit idee`,
    mergedInto: (title: string): string => `Dit idee is samengevoegd met “${title}”.`,
    mergedFrom: (titles: string): string => `Samengevoegd met dit idee: ${titles}.`,
    residentsWords: 'In de woorden van bewoners',
    noDescription: 'Er is nog geen beschrijving vastgelegd.',
    ask: 'Wat we vragen aan partners',
    notBroughtIn: 'Dit idee is nog niet bij een partner ingebracht.',
    noAsk: 'Er is geen vraag vastgelegd.',
    broughtInOn: (date: string): string => `Ingebracht op ${date}.`,
    answeredOn: (date: string): string => `Beantwoord op ${date}.`,
    answerSaid: (answer: string): string => `Antwoord: ${answer}`,
    waiting: (days: string): string => `Nog geen antwoord; wacht ${days}.`,
    course: 'Verloop',
    columnDate: 'Datum',
    columnStatus: 'Status',
    columnNote: 'Toelichting',
    reason: 'Reden',
    feedback: 'Terugkoppeling aan bewoners',
    noFeedback: 'Er is nog niet aan de bewoners teruggekoppeld.',
    columnChannel: 'Hoe',
    columnTold: 'Wat is verteld',
    feedbackDue:
      'Sinds de laatste terugkoppeling is de stand van zaken veranderd; dat horen de bewoners nog.',
    actions: 'Vervolgstappen',
    actionItem: task,
    aboutProgramme: 'Over het programma',
  },
  session: {
    coverDate: 'Datum sessie',
    factType: 'Soort',
    factDate: 'Datum sessie',
    factTime: 'Tijd',
    factLocation: 'Locatie',
    factStreets: 'Straten',
    factTeam: 'Team',
    factInvited: 'Uitgenodigde partners',
    factPresentPartners: 'Aanwezige partners',
    factAttendees: 'Aantal aanwezigen',
    factConversations: 'Gesprekken aan de deur',
    factStatus: 'Status',
    goal: 'Doel en agenda',
    noGoal: 'Er is geen doel vastgelegd.',
    report: 'Verslag',
    noReport: 'Er is nog geen verslag vastgelegd.',
    notHeldYet: (status: SessionStatus): string =>
      status === 'geannuleerd'
        ? 'De sessie is geannuleerd; er is daarom geen verslag.'
        : 'De sessie moet nog plaatsvinden; het verslag volgt daarna.',
    doors: 'Aan de deur',
    doorsIntro: (visited: number): string =>
      `Tijdens deze ronde is bij ${addresses(visited)} aangebeld. Zo vaak kwam elke uitkomst voor:`,
    columnOutcome: 'Uitkomst',
    columnCount: 'Aantal',
    total: 'Totaal',
    ideas: 'Opgehaalde ideeën',
    noIdeas: 'Tijdens deze sessie zijn geen ideeën opgehaald.',
    ideasIntro: (total: number): string =>
      `Tijdens deze sessie ${total === 1 ? 'is' : 'zijn'} ${ideas(total)} opgehaald:`,
    columnIdea: 'Idee',
    columnStreet: 'Straat',
    columnThemes: "Thema's",
    columnStatus: 'Status',
    actions: 'Vervolgstappen',
    noActions: 'Er zijn geen vervolgstappen aan deze sessie gekoppeld.',
    columnAction: 'Vervolgstap',
    columnOwner: 'Wie',
    columnDue: 'Uiterlijk',
    columnState: 'Stand',
    done: 'afgerond',
    open: 'open',
    aboutProgramme: 'Over het programma',
  },
  walk: {
    howTo:
      'Loop eerst de oneven kant op (1, 3, 5 …) en daarna de even kant terug. Zet per adres een kruisje bij wat er gebeurde en schrijf bijzonderheden in de laatste kolom. Adressen die niet meer benaderd willen worden, staan niet op deze lijst.',
    columnNumber: 'Nr.',
    columnPostcode: 'Postcode',
    columnLast: 'Vorige keer',
    columnResident: 'Bewoner',
    columnHousehold: 'Bijzonderheden',
    columnResidentAndNotes: 'Bewoner en bijzonderheden',
    oddSide: 'Oneven kant, heen',
    evenSide: 'Even kant, terug',
    columnNote: 'Notitie',
    boxes: {
      gesprek: 'Gesprek',
      'niet-thuis': 'Niet thuis',
      'later-terug': 'Later terug',
      kaartje: 'Kaartje',
      'geen-interesse': 'Geen interesse',
      'niet-benaderen': 'Niet meer benaderen',
    },
    never: 'nog niet bezocht',
    streetHeading: (street: string, open: number): string => `${street} (${addresses(open)})`,
    noAddresses: 'In deze straat staan geen adressen om langs te gaan.',
    skipped: (skippedCount: number): string =>
      `Niet op de lijst: ${addresses(skippedCount)} waar de bewoners niet meer benaderd ${skippedCount === 1 ? 'wil' : 'willen'} worden.`,
    afterwards:
      'Zet na de ronde de uitkomsten in Krachtstroom Coach, zodat het bereik per straat klopt. Vernietig deze lijst daarna.',
    coverDate: 'Datum ronde',
    coverTeam: 'Team',
    coverAddresses: 'Adressen',
    coverAddressCount: (open: number, skippedCount: number): string =>
      skippedCount === 0
        ? addresses(open)
        : `${addresses(open)} (${n(skippedCount)} overgeslagen: niet meer benaderen)`,
    privacy: 'Met huisnummers, voor de ronde; zonder namen en telefoonnummers van bewoners.',
  },
  accountability: {
    subtitle: (gemeente: string): string =>
      `Activiteitenverslag voor de gemeente ${gemeente} (artikel 4:80 Awb)`,
    kindInterim: 'Tussentijdse verantwoording',
    kindFinal: 'Eindverantwoording',
    introduction: 'Inleiding',
    intro: (programme: string, gemeente: string, period: string): string =>
      `Met dit activiteitenverslag leggen wij verantwoording af over de activiteiten van ${programme} in de gemeente ${gemeente} in de periode ${period}, zoals bedoeld in artikel 4:80 van de Algemene wet bestuursrecht. ` +
      'Het verslag zet de vooraf afgesproken doelen naast wat is bereikt, licht de verschillen toe en beschrijft de activiteiten naar aard en omvang.',
    factProgramme: 'Programma',
    factGemeente: 'Gemeente',
    factRunningTime: 'Looptijd programma',
    factPeriod: 'Verantwoordingsperiode',
    factAuthor: 'Opgesteld door',
    openEnded: (start: string): string => `vanaf ${start}`,
    aboutProgramme: 'Over het programma',
    goals: 'Doelen en resultaten',
    noGoals:
      'Voor dit programma zijn geen doelen in aantallen vastgelegd. De resultaten staan hieronder bij de activiteiten.',
    goalsIntro: (asOf: string): string =>
      `De doelen zijn bij de start van het programma met de gemeente afgesproken. De resultaten geven de stand per ${asOf}.`,
    columnGoal: 'Doel',
    columnPlanned: 'Afgesproken',
    columnAchieved: 'Gerealiseerd',
    columnDifference: 'Verschil',
    columnShare: 'Behaald',
    goalAddresses: 'Adressen bereikt',
    goalConversations: 'Gesprekken met bewoners',
    goalIdeas: 'Ideeën opgehaald',
    goalRealised: 'Ideeën gerealiseerd',
    differences: 'Toelichting op de verschillen',
    interim: (end: string): string =>
      `Het programma loopt tot en met ${end}. De cijfers zijn daarom een tussenstand: tot het einde van het programma kunnen de verschillen nog kleiner worden.`,
    addressesMet: (reached: number): string =>
      `Het doel is gehaald: bij ${addresses(reached)} is een gesprek gevoerd.`,
    addressesShort: (
      short: number,
      total: number,
      attempted: number,
      notHome: number,
      declined: number,
      notVisited: number,
    ): string =>
      `Er ${short === 1 ? 'is 1 adres' : `zijn ${n(short)} adressen`} minder bereikt dan afgesproken. Van de ${addresses(total)} is bij ${n(attempted)} aangebeld. ` +
      `Bij ${n(notHome)} daarvan was niemand thuis of vroeg de bewoner om later terug te komen` +
      (declined === 0
        ? '.'
        : `, en ${declined === 1 ? 'had 1 bewoner' : `hadden ${n(declined)} bewoners`} geen behoefte aan een gesprek.`) +
      (notVisited === 0
        ? ''
        : ` Daarnaast ${notVisited === 1 ? 'is 1 adres' : `zijn ${n(notVisited)} adressen`} nog niet bezocht.`),
    conversationsMet: (talks: number, repeated: boolean): string =>
      `Het doel is gehaald: het team voerde ${conversations(talks)}.${repeated ? ' Met een deel van de bewoners is vaker dan één keer gesproken.' : ''}`,
    conversationsShort: (short: number, talks: number, perReached: string): string =>
      `Er ${short === 1 ? 'is 1 gesprek' : `zijn ${n(short)} gesprekken`} minder gevoerd dan afgesproken. Het team voerde ${conversations(talks)}, gemiddeld ${perReached} per bereikt adres. ` +
      'Het aantal gesprekken hangt direct samen met het aantal bereikte adressen (zie hierboven).',
    ideasMet: (total: number): string => `Het doel is gehaald: bewoners brachten ${ideas(total)} in.`,
    ideasShort: (short: number, total: number, perReached: string): string =>
      `Bewoners brachten ${ideas(total)} in, ${n(short)} minder dan afgesproken. Dat is gemiddeld ${perReached} idee per bereikt adres.`,
    realisedMet: (realised: number): string =>
      `Het doel is gehaald: er ${realised === 1 ? 'is' : 'zijn'} ${ideas(realised)} gerealiseerd.`,
    realisedShort: (
      short: number,
      s: { inProgress: number; withPartner: number; notFeasible: number; parked: number },
    ): string =>
      `Er ${short === 1 ? 'is 1 idee' : `zijn ${n(short)} ideeën`} minder gerealiseerd dan afgesproken. Een idee realiseren kost tijd: een partner moet het beoordelen, vaak zijn er geld, ruimte of een vergunning nodig, en bewoners doen zelf mee. ` +
      `Op dit moment ${s.inProgress === 1 ? 'is' : 'zijn'} ${ideas(s.inProgress)} in uitvoering en ${s.withPartner === 1 ? 'ligt' : 'liggen'} er ${n(s.withPartner)} ter beoordeling bij een partner.` +
      (s.notFeasible === 0 && s.parked === 0
        ? ''
        : ` Daarnaast ${[
            s.notFeasible === 0
              ? ''
              : `${s.notFeasible === 1 ? 'bleek 1 idee' : `bleken ${n(s.notFeasible)} ideeën`} niet haalbaar`,
            s.parked === 0 ? '' : `${s.parked === 1 ? 'is 1 idee' : `zijn ${n(s.parked)} ideeën`} geparkeerd`,
          ]
            .filter((part) => part !== '')
            .join(' en ')}.`),
    activities: 'Activiteiten naar aard en omvang',
    activitiesIntro: (period: string): string =>
      `Wat het team in de periode ${period} heeft gedaan, hoe vaak en voor hoeveel bewoners.`,
    columnActivity: 'Activiteit',
    columnCount: 'Aantal',
    columnScale: 'Omvang',
    activityDoors: 'Huisbezoeken (contactmomenten aan de deur)',
    scaleDoors: (talks: number, newlyReached: number): string =>
      `${conversations(talks)}; ${addresses(newlyReached)} voor het eerst bereikt`,
    scaleAttendees: (attendees: number): string =>
      attendees === 1 ? '1 aanwezige' : `${n(attendees)} aanwezigen`,
    scaleRounds: (talks: number): string => `${conversations(talks)} tijdens de rondes`,
    activityIdeas: 'Ideeën opgehaald',
    scaleIdeas: 'vastgelegd in de woorden van bewoners',
    activityBroughtIn: 'Ideeën ingebracht bij partners',
    scaleBroughtIn: (partners: number): string =>
      `bij ${partners === 1 ? '1 partner' : `${n(partners)} partners`}`,
    activityFeedback: 'Terugkoppeling aan bewoners',
    scaleFeedback: 'aan de deur, per brief, telefonisch of tijdens een sessie',
    activityActions: 'Vervolgstappen afgerond',
    cancelled: (cancelledCount: number): string =>
      `Daarnaast ${cancelledCount === 1 ? 'is' : 'zijn'} ${sessions(cancelledCount)} geannuleerd.`,
    results: 'Resultaten voor bewoners',
    signature: 'Ondertekening',
    signatureText: 'Aldus naar waarheid opgesteld.',
    columnName: 'Naam',
    columnOrganisation: 'Organisatie',
    columnDate: 'Datum',
    columnSignature: 'Handtekening',
  },
}
