import { type SessionCounts } from './report-texts-nl'
import { type SessionStatus } from '../model'
import { type ReportTexts } from './report-texts'

const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const n = (value: number): string => nf.format(value)
const plural = (value: number, one: string, other: string): string =>
  value === 1 ? `1 ${one}` : `${n(value)} ${other}`
const join = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
const ideas = (value: number): string => plural(value, 'idea', 'ideas')
const addresses = (value: number): string => plural(value, 'address', 'addresses')
const conversations = (value: number): string => plural(value, 'conversation', 'conversations')
const sessions = (value: number): string => plural(value, 'session', 'sessions')
const task = (title: string, owner: string, due: string): string =>
  `${title}${owner === '' ? '' : ` (${owner})`}${due === '' ? '' : `, due ${due}`}`

/** The words of the Word reports in English. */
export const reportTextsEn: ReportTexts = {
  count: {
    streets: (value: number): string => plural(value, 'street', 'streets'),
    addresses,
    ideas,
    conversations,
    sessions,
  },
  common: {
    programme: 'Programme',
    gemeente: 'Municipality',
    period: 'Period',
    author: 'Prepared by',
    organisation: 'Organisation',
    date: 'Date',
    madeOn: 'Made on',
    page: 'Page',
    of: 'of',
    contents: 'Contents',
    goal: 'goal',
    logoAlt: (organisation: string): string => (organisation === '' ? 'Logo' : `Logo of ${organisation}`),
    figure: 'Figure',
    yes: 'yes',
    no: 'no',
    overdue: 'overdue',
    unknownPartner: 'Unknown partner',
    privacyAnonymous:
      "Anonymised: without residents' names, addresses, phone numbers and e-mail addresses. In quotes and notes these have been replaced by [name], [address], [phone number] or [e-mail address] as well; a surname that is also an ordinary word (such as ‘Baker’) may show as [name] there.",
    privacyWithNames:
      "Please note: at the author's request this document contains residents' names. Share it only with those who need it.",
    days: (value: number): string => plural(value, 'day', 'days'),
    list: join,
    residentOf: (street: string): string => `Resident, ${street}`,
    collectedOn: (date: string): string => `collected ${date}`,
    quarter: (quarter: number, year: number): string => `Q${quarter} ${year}`,
    andOthers: (value: number): string => `and ${value === 1 ? '1 other' : `${n(value)} others`}`,
    asOfColumn: (date: string): string => `As of ${date}`,
    programmeInFigures: (f): string =>
      `${f.programme} is a programme in the municipality of ${f.gemeente}. The team works in ${plural(f.streets, 'street', 'streets')} with ${addresses(f.addresses)} in total; ` +
      `up to and including ${f.asOf} there has been a conversation at ${addresses(f.reached)}. Residents brought in ${ideas(f.ideas)}, of which ${n(f.realised)} ${f.realised === 1 ? 'has' : 'have'} been realised.`,
    aboutFigures: (asOf: string, today: string): string =>
      `The figures show the situation as of ${asOf}. They come from Krachtstroom Coach, in which the team records every door visit, every session and every idea. This report was made on ${today}.`,
    aboutAnonymous:
      'Residents are not named in this report. Names, house numbers, phone numbers and notes from door visits have been left out; where residents are quoted, only their street is given. Names, addresses, phone numbers and e-mail addresses in quotes and notes have been replaced by [name], [address], [phone number] or [e-mail address], also a name that is an ordinary word.',
    aboutWithNames:
      "At the author's request this report contains the names of residents who brought in an idea. Share this document only with those who need it for their work. House numbers, phone numbers and notes from door visits have been left out.",
  },
  gemeente: {
    subtitle: (gemeente: string): string => `Progress of the programme in the municipality of ${gemeente}`,
    summary: 'Summary',
    summaryWhere: (gemeente: string, streets: number, total: number): string =>
      `In the municipality of ${gemeente} the team goes door to door in ${plural(streets, 'street', 'streets')} with ${addresses(total)} in total.`,
    summaryReach: (asOf: string, attempted: number, reached: number, share: string, talks: number): string =>
      `Up to and including ${asOf} the team called at ${addresses(attempted)}. At ${addresses(reached)} (${share} of all addresses) there was a conversation; in all, the team held ${conversations(talks)}.`,
    summaryIdeas: (total: number, realised: number, inProgress: number, withPartner: number): string =>
      `Residents brought in ${ideas(total)}. Of these, ${n(realised)} ${realised === 1 ? 'has' : 'have'} been realised and ${n(inProgress)} ${inProgress === 1 ? 'is' : 'are'} in progress; ${n(withPartner)} ${withPartner === 1 ? 'is' : 'are'} with a partner for assessment.`,
    summaryPeriod: (period: string, collected: number, held: number, talks: number): string =>
      `In the reporting period (${period}) the team held ${conversations(talks)}, ${ideas(collected)} ${collected === 1 ? 'was' : 'were'} added and ${sessions(held)} ${held === 1 ? 'was' : 'were'} held.`,
    summaryGoal: (goal: number, share: string): string =>
      `The goal is to reach ${addresses(goal)}; ${share} of that goal has now been achieved.`,
    about: 'About this report',
    keyFigures: 'Key figures',
    keyFiguresIntro: (asOf: string): string =>
      `The main figures as of ${asOf}, next to the goals agreed with the municipality.`,
    figureReached: 'Addresses reached',
    figureOfAddresses: (total: number): string => `of ${addresses(total)}`,
    figureConversations: 'Conversations',
    figureIdeas: 'Ideas',
    figureRealised: 'Ideas realised',
    detailHeading: 'All figures at a glance',
    columnFigure: 'Item',
    columnInPeriod: 'In this period',
    rowStreets: 'Streets',
    rowAddresses: 'Addresses',
    rowAttempted: 'Addresses called at',
    rowReached: 'Addresses reached (conversation held)',
    rowNotHomeOnly: 'Addresses not at home or come back later',
    rowDoNotContact: 'Addresses that do not wish to be contacted again',
    rowContactMoments: 'Door visits (contact moments)',
    rowConversations: 'Conversations at the door',
    rowIdeas: 'Ideas collected',
    rowRealised: 'Ideas realised',
    rowIdeasPerReached: 'Ideas per address reached',
    rowSessionsHeld: 'Sessions held',
    rowSessionsPlanned: 'Sessions planned',
    rowPartners: 'Partners involved',
    rowOpenActions: 'Open follow-up steps',
    detailNote:
      'An address counts as reached once there has been at least one conversation at the door. Not every door visit finds someone at home, so there are more door visits than conversations.',
    coverage: 'Reach per street',
    coverageIntro: (streets: number, share: string, best: string, bestShare: string): string =>
      streets === 1
        ? `In the street, ${share} of the addresses have been reached.`
        : `Across the ${n(streets)} streets, ${share} of the addresses have been reached. Street with the highest reach: ${best} (${bestShare}).`,
    outcomes: 'Outcomes at the door',
    outcomesText: (visits: number, missed: number): string =>
      `The team recorded the outcome of ${plural(visits, 'door visit', 'door visits')}. At ${addresses(missed)} nobody was at home or the resident asked the team to come back later; the team calls there again.`,
    noOutcomes: 'No door visits have been recorded yet.',
    columnStreet: 'Street',
    columnAddresses: 'Addresses',
    columnAttempted: 'Called at',
    columnReached: 'Reached',
    columnCoverage: 'Reach',
    columnIdeas: 'Ideas',
    total: 'Total',
    ideas: "Residents' ideas",
    ideasIntro: (total: number, perReached: string): string =>
      `Residents brought in ${ideas(total)}: on average ${perReached} ideas per address reached. Below they are shown by theme and by status.`,
    ideasByTheme: 'Ideas by theme',
    ideasByThemeText: (top: readonly string[]): string =>
      top.length === 0 ? '' : `Most ideas are about ${join(top)}. An idea can belong to more than one theme.`,
    ideasByStatus: 'Status of the ideas',
    ideasByStatusText: (realised: number, inProgress: number, withPartner: number): string =>
      `Of the ideas, ${n(realised)} ${realised === 1 ? 'has' : 'have'} been realised and ${n(inProgress)} ${inProgress === 1 ? 'is' : 'are'} in progress; ${n(withPartner)} ${withPartner === 1 ? 'is' : 'are'} with a partner, who assesses what is possible.`,
    noIdeas: 'No ideas have been collected yet.',
    columnStatus: 'Status',
    highlighted: 'Highlighted ideas',
    highlightedIntro: "A few ideas in the residents' own words.",
    highlightedStatus: (status: string, themes: string, partners: string, supporters: number): string =>
      [
        `Status: ${status}`,
        themes === '' ? '' : `${themes.includes(',') ? 'Themes' : 'Theme'}: ${themes}`,
        partners === '' ? '' : `Partner: ${partners}`,
        supporters === 0
          ? ''
          : supporters === 1
            ? '1 resident supports this idea'
            : `${n(supporters)} residents support this idea`,
      ]
        .filter((part) => part !== '')
        .join(' · '),
    sessions: 'Sessions',
    noSessions: 'No sessions were held in this period.',
    sessionsIntro: (counts: SessionCounts): string =>
      `In this period ${sessions(counts.held)} ${counts.held === 1 ? 'was' : 'were'} held` +
      (counts.doorRounds === 0
        ? `, with ${n(counts.attendees)} attendees in total.`
        : counts.doorRounds === counts.held
          ? `: ${plural(counts.doorRounds, 'door-to-door round', 'door-to-door rounds')} with ${plural(counts.doorConversations, 'conversation', 'conversations')} at the door in total.`
          : `: ${plural(counts.doorRounds, 'door-to-door round', 'door-to-door rounds')} with ${plural(counts.doorConversations, 'conversation', 'conversations')} at the door in total, and ${sessions(counts.held - counts.doorRounds)} with ${n(counts.attendees)} attendees in total.`) +
      (counts.cancelled === 0
        ? ''
        : counts.cancelled === 1
          ? ' One session was cancelled.'
          : ` In addition, ${n(counts.cancelled)} sessions were cancelled.`),
    turnoutAttendees: (value: number): string => (value === 1 ? '1 attendee' : `${n(value)} attendees`),
    turnoutConversations: (value: number): string => plural(value, 'conversation', 'conversations'),
    columnDate: 'Date',
    columnSession: 'Session',
    columnType: 'Type',
    columnAttendees: 'Turnout',
    partners: 'Working with partners',
    partnersIntro:
      'Ideas that need a partner are brought to that partner by the team. The table shows for each partner how many ideas it holds, how many have been answered, and how long the longest-waiting idea has been waiting for an answer.',
    noPartnerIdeas: 'No ideas have been brought to partners yet.',
    columnPartner: 'Partner',
    columnOwned: 'Ideas',
    columnAnswered: 'Answered',
    columnWaiting: 'Awaiting answer',
    columnLongestWait: 'Longest wait',
    columnOpenActions: 'Open steps',
    longWaitItem: (idea: string, street: string, partner: string, days: string): string =>
      `${idea}${street === '' ? '' : ` (${street})`} — ${partner}: ${days}`,
    moreLongWaits: (more: number, days: number): string =>
      `${n(more)} more ${more === 1 ? 'idea has' : 'ideas have'} waited longer than ${n(days)} days for an answer; the partner reports list them per partner.`,
    longWaitsIntro: (days: number): string =>
      `These ideas have been waiting more than ${n(days)} days for an answer:`,
    noLongWaits: (days: number): string =>
      `No idea has been waiting more than ${n(days)} days for an answer from a partner.`,
    nextSteps: 'Next steps',
    nextStepsIntro: 'What is planned for the coming period and which follow-up steps are still open.',
    plannedSessions: 'Planned sessions',
    openActions: 'Open follow-up steps',
    noNextSteps: 'No sessions or follow-up steps are open.',
    plannedSession: (date: string, title: string): string => `${date} — ${title}`,
    openAction: task,
    moreActions: (more: number): string =>
      `${more === 1 ? 'One more follow-up step is' : `${n(more)} more follow-up steps are`} open.`,
    feedbackOwed: (owed: number, eveningDate?: string): string =>
      `For ${ideas(owed)}, residents have not yet heard what has happened to their idea since the last step.` +
      (eveningDate === undefined ? '' : ` A feedback evening is planned for ${eveningDate}.`),
    appendix: 'Appendix: all ideas',
    appendixIntro: (total: number): string =>
      total === 1
        ? 'The idea of the programme, with its street, themes, status and the partner taking it up.'
        : `All ${n(total)} ideas of the programme, with their street, themes, status and the partner taking them up.`,
    columnIdea: 'Idea',
    columnThemes: 'Themes',
    columnInitiator: 'Brought in by',
    appendixLeftOut: (total: number): string =>
      `The appendix listing all ${n(total)} ideas has been left out. Every idea, with its street, themes, status and partner, is in the Excel export on the Ideas page of Krachtstroom Coach.`,
    results: 'What has been realised',
    resultsIntro: (realised: number, inProgress: number): string =>
      `Since the programme started, ${ideas(realised)} from residents ${realised === 1 ? 'has' : 'have'} been realised and ${n(inProgress)} ${inProgress === 1 ? 'is' : 'are'} in progress. For each idea: the street, the partner, when, and what changed for residents.`,
    realisedHeading: 'Realised',
    noneRealised: 'No idea has been realised yet.',
    underWayHeading: 'In progress',
    noneUnderWay: 'No idea is in progress at the moment.',
    realisedShortList: (shown: number, total: number) =>
      `${total} ideas have been realised. Below are the ${shown} realised most recently; every idea is in the Excel export on the Ideas page of Krachtstroom Coach.`,
    underWayShortList: (shown: number, total: number) =>
      `${total} ideas are in progress. Below are the ${shown} that went into progress most recently; every idea is in the Excel export on the Ideas page of Krachtstroom Coach.`,
    columnIdeaAndStreet: 'Idea and street',
    columnRealisedOn: 'Realised on',
    columnWhatChanged: 'What changed for residents',
    columnSince: 'In progress since',
    sessionsByMonth: 'As there are many, the sessions are shown below by type and by month.',
    columnSessionType: 'Type of session',
  },
  partner: {
    subtitle: (programme: string): string => `Residents' ideas from ${programme}`,
    coverPartner: 'Partner',
    introduction: 'Introduction',
    intro: (partner: string, programme: string): string =>
      `This report is about the residents' ideas from ${programme} that have been brought to ${partner}. For each idea it shows what we ask of you, where it stands and how long it has been waiting for an answer.`,
    share: (owned: number, partner: string): string =>
      owned === 0 ? `${partner} holds no ideas yet.` : `${partner} holds ${ideas(owned)}.`,
    keyFigures: 'Key figures',
    figureOwned: 'Ideas held',
    figureAnswered: 'Answered',
    figureWaiting: 'Awaiting answer',
    figureAverageWait: 'Average wait',
    figureAverageWaitNote: 'of the ideas without an answer',
    ideas: 'Ideas held',
    noIdeas: (partner: string): string => `No ideas have been brought to ${partner} yet.`,
    ideasIntro: "First an overview; then, for each idea, the question to you and the residents' own words.",
    columnIdea: 'Idea',
    columnStreet: 'Street',
    columnStatus: 'Status',
    columnSince: 'Brought in',
    columnWait: 'Waiting',
    answered: 'answered',
    factStatus: 'Status',
    factReason: 'Reason',
    factStreet: 'Street',
    factThemes: 'Themes',
    factBroughtIn: 'Brought in on',
    factAnswer: 'Answer',
    factSupporters: 'Supporters',
    waitingFor: (days: string): string => `not yet (waiting ${days})`,
    ask: 'What we ask of you',
    answerWords: 'Your answer',
    residentsWords: "In the residents' words",
    ideaActions: 'Agreed follow-up steps',
    actionItem: task,
    actions: 'Open follow-up steps',
    noActions: 'No follow-up steps are open.',
    columnAction: 'Follow-up step',
    columnOwner: 'Who',
    columnDue: 'Due',
    sessions: 'Sessions',
    noSessions: 'In this period there were no sessions you were invited to.',
    columnDate: 'Date',
    columnSession: 'Session',
    columnType: 'Type',
    columnPresent: 'Present',
    planned: 'planned',
    sessionsSummary: (present: number, held: number, partner: string): string =>
      `There are many; below they are shown by type and by month. ${partner} attended ${n(present)} of the ${sessions(held)} held so far.`,
    contacts: 'Contact persons',
    contactsIntro: 'We know these contact persons as the point of contact for the ideas:',
    noContacts: 'No contact person has been recorded yet.',
    columnName: 'Name',
    columnRole: 'Role',
    columnEmail: 'Email',
    columnPhone: 'Phone',
  },
  idea: {
    factStatus: 'Status',
    factStreet: 'Street',
    factThemes: 'Themes',
    factIngredients: 'Ingredients',
    factScope: 'Kind of idea',
    factNeeds: 'What is needed',
    factCollected: 'Collected',
    factInitiator: 'Brought in by',
    factSupporters: 'Support',
    factPartners: 'Partner',
    factWhatChanged: 'What changed',
    collectedDuring: (date: string, session: string): string => `${date}, during: ${session}`,
    supporters: (value: number): string =>
      value === 1 ? '1 resident supports this idea' : `${n(value)} residents support this idea`,
    mergedInto: (title: string): string => `This idea has been merged with “${title}”.`,
    mergedFrom: (titles: string): string => `Merged with this idea: ${titles}.`,
    residentsWords: "In the residents' words",
    noDescription: 'No description has been recorded yet.',
    ask: 'What we ask of partners',
    notBroughtIn: 'This idea has not yet been brought to a partner.',
    noAsk: 'No question has been recorded.',
    broughtInOn: (date: string): string => `Brought in on ${date}.`,
    answeredOn: (date: string): string => `Answered on ${date}.`,
    answerSaid: (answer: string): string => `Answer: ${answer}`,
    waiting: (days: string): string => `No answer yet; waiting ${days}.`,
    course: 'Course of the idea',
    columnDate: 'Date',
    columnStatus: 'Status',
    columnNote: 'Note',
    reason: 'Reason',
    feedback: 'Feedback to residents',
    noFeedback: 'Residents have not yet been given feedback.',
    columnChannel: 'How',
    columnTold: 'What they were told',
    feedbackDue: 'The status has changed since the last feedback; residents have yet to hear about it.',
    actions: 'Follow-up steps',
    actionItem: task,
    aboutProgramme: 'About the programme',
  },
  session: {
    coverDate: 'Date of session',
    factType: 'Type',
    factDate: 'Date of session',
    factTime: 'Time',
    factLocation: 'Location',
    factStreets: 'Streets',
    factTeam: 'Team',
    factInvited: 'Partners invited',
    factPresentPartners: 'Partners present',
    factAttendees: 'Number of attendees',
    factConversations: 'Conversations at the door',
    factStatus: 'Status',
    goal: 'Goal and agenda',
    noGoal: 'No goal has been recorded.',
    report: 'Report',
    noReport: 'No report has been recorded yet.',
    notHeldYet: (status: SessionStatus): string =>
      status === 'geannuleerd'
        ? 'The session was cancelled, so there is no report.'
        : 'The session has yet to take place; the report will follow.',
    doors: 'At the door',
    doorsIntro: (visited: number): string =>
      `During this round the team called at ${addresses(visited)}. How often each outcome occurred:`,
    columnOutcome: 'Outcome',
    columnCount: 'Number',
    total: 'Total',
    ideas: 'Ideas collected',
    noIdeas: 'No ideas were collected during this session.',
    ideasIntro: (total: number): string =>
      `During this session ${ideas(total)} ${total === 1 ? 'was' : 'were'} collected:`,
    columnIdea: 'Idea',
    columnStreet: 'Street',
    columnThemes: 'Themes',
    columnStatus: 'Status',
    actions: 'Follow-up steps',
    noActions: 'No follow-up steps are linked to this session.',
    columnAction: 'Follow-up step',
    columnOwner: 'Who',
    columnDue: 'Due',
    columnState: 'State',
    done: 'done',
    open: 'open',
    aboutProgramme: 'About the programme',
  },
  walk: {
    howTo:
      'Walk up the odd side first (1, 3, 5 …) and then back down the even side. Tick what happened at each address and write anything notable in the last column. Addresses that do not wish to be contacted again are not on this list.',
    columnNumber: 'No.',
    columnPostcode: 'Postcode',
    columnLast: 'Last time',
    columnResident: 'Resident',
    columnHousehold: 'Particulars',
    columnResidentAndNotes: 'Resident and particulars',
    oddSide: 'Odd side, going up',
    evenSide: 'Even side, coming back',
    columnNote: 'Note',
    boxes: {
      gesprek: 'Talked',
      'niet-thuis': 'Not at home',
      'later-terug': 'Come back',
      kaartje: 'Card left',
      'geen-interesse': 'Not interested',
      'niet-benaderen': 'Do not contact',
    },
    never: 'not visited yet',
    streetHeading: (street: string, open: number): string => `${street} (${addresses(open)})`,
    noAddresses: 'There are no addresses to visit in this street.',
    skipped: (skippedCount: number): string =>
      `Not on the list: ${addresses(skippedCount)} where the residents do not wish to be contacted again.`,
    afterwards:
      'After the round, enter the outcomes in Krachtstroom Coach so that the reach per street is right. Then destroy this list.',
    coverDate: 'Date of round',
    coverTeam: 'Team',
    coverAddresses: 'Addresses',
    coverAddressCount: (open: number, skippedCount: number): string =>
      skippedCount === 0
        ? addresses(open)
        : `${addresses(open)} (${n(skippedCount)} skipped: do not contact)`,
    privacy: "With house numbers, for the round; without residents' names and phone numbers.",
  },
  accountability: {
    subtitle: (gemeente: string): string =>
      `Activity report for the municipality of ${gemeente} (section 4:80 of the General Administrative Law Act)`,
    kindInterim: 'Interim accountability report',
    kindFinal: 'Final accountability report',
    introduction: 'Introduction',
    intro: (programme: string, gemeente: string, period: string): string =>
      `In this activity report we account for the activities of ${programme} in the municipality of ${gemeente} in the period ${period}, as referred to in section 4:80 of the General Administrative Law Act (Awb). ` +
      'The report sets the goals agreed in advance against what has been achieved, explains the differences and describes the activities by nature and scale.',
    factProgramme: 'Programme',
    factGemeente: 'Municipality',
    factRunningTime: 'Programme term',
    factPeriod: 'Reporting period',
    factAuthor: 'Prepared by',
    openEnded: (start: string): string => `from ${start}`,
    aboutProgramme: 'About the programme',
    goals: 'Goals and results',
    noGoals:
      'No numerical goals have been set for this programme. The results are shown below under the activities.',
    goalsIntro: (asOf: string): string =>
      `The goals were agreed with the municipality at the start of the programme. The results show the situation as of ${asOf}.`,
    columnGoal: 'Goal',
    columnPlanned: 'Agreed',
    columnAchieved: 'Achieved',
    columnDifference: 'Difference',
    columnShare: 'Share',
    goalAddresses: 'Addresses reached',
    goalConversations: 'Conversations with residents',
    goalIdeas: 'Ideas collected',
    goalRealised: 'Ideas realised',
    differences: 'Explanation of the differences',
    interim: (end: string): string =>
      `The programme runs until ${end}. The figures are therefore an interim position: the differences may still narrow before the programme ends.`,
    addressesMet: (reached: number): string =>
      `The goal has been met: there has been a conversation at ${addresses(reached)}.`,
    addressesShort: (
      short: number,
      total: number,
      attempted: number,
      notHome: number,
      declined: number,
      notVisited: number,
    ): string =>
      `${short === 1 ? 'One address fewer was' : `${n(short)} fewer addresses were`} reached than agreed. Of the ${addresses(total)}, the team called at ${n(attempted)}. ` +
      `At ${n(notHome)} of these nobody was at home or the resident asked the team to come back later` +
      (declined === 0
        ? '.'
        : `, and ${declined === 1 ? '1 resident did' : `${n(declined)} residents did`} not wish to talk.`) +
      (notVisited === 0
        ? ''
        : ` In addition, ${notVisited === 1 ? '1 address has' : `${n(notVisited)} addresses have`} not been visited yet.`),
    conversationsMet: (talks: number, repeated: boolean): string =>
      `The goal has been met: the team held ${conversations(talks)}.${repeated ? ' With some residents the team spoke more than once.' : ''}`,
    conversationsShort: (short: number, talks: number, perReached: string): string =>
      `${short === 1 ? 'One conversation fewer was' : `${n(short)} fewer conversations were`} held than agreed. The team held ${conversations(talks)}, on average ${perReached} per address reached. ` +
      'The number of conversations depends directly on the number of addresses reached (see above).',
    ideasMet: (total: number): string => `The goal has been met: residents brought in ${ideas(total)}.`,
    ideasShort: (short: number, total: number, perReached: string): string =>
      `Residents brought in ${ideas(total)}, ${n(short)} fewer than agreed. That is on average ${perReached} ideas per address reached.`,
    realisedMet: (realised: number): string =>
      `The goal has been met: ${ideas(realised)} ${realised === 1 ? 'has' : 'have'} been realised.`,
    realisedShort: (
      short: number,
      s: { inProgress: number; withPartner: number; notFeasible: number; parked: number },
    ): string =>
      `${short === 1 ? 'One idea fewer was' : `${n(short)} fewer ideas were`} realised than agreed. Realising an idea takes time: a partner has to assess it, money, space or a permit is often needed, and residents take part themselves. ` +
      `At present ${ideas(s.inProgress)} ${s.inProgress === 1 ? 'is' : 'are'} in progress and ${n(s.withPartner)} ${s.withPartner === 1 ? 'is' : 'are'} with a partner for assessment.` +
      (s.notFeasible === 0 && s.parked === 0
        ? ''
        : ` In addition, ${[
            s.notFeasible === 0 ? '' : `${ideas(s.notFeasible)} turned out not to be feasible`,
            s.parked === 0 ? '' : `${ideas(s.parked)} ${s.parked === 1 ? 'has' : 'have'} been parked`,
          ]
            .filter((part) => part !== '')
            .join(' and ')}.`),
    activities: 'Activities by nature and scale',
    activitiesIntro: (period: string): string =>
      `What the team did in the period ${period}, how often and for how many residents.`,
    columnActivity: 'Activity',
    columnCount: 'Number',
    columnScale: 'Scale',
    activityDoors: 'Door visits (contact moments at the door)',
    scaleDoors: (talks: number, newlyReached: number): string =>
      `${conversations(talks)}; ${addresses(newlyReached)} reached for the first time`,
    scaleAttendees: (attendees: number): string =>
      attendees === 1 ? '1 attendee' : `${n(attendees)} attendees`,
    scaleRounds: (talks: number): string => `${conversations(talks)} during the rounds`,
    activityIdeas: 'Ideas collected',
    scaleIdeas: "recorded in the residents' own words",
    activityBroughtIn: 'Ideas brought to partners',
    scaleBroughtIn: (partners: number): string =>
      `to ${partners === 1 ? '1 partner' : `${n(partners)} partners`}`,
    activityFeedback: 'Feedback to residents',
    scaleFeedback: 'at the door, by letter, by phone or at a session',
    activityActions: 'Follow-up steps completed',
    cancelled: (cancelledCount: number): string =>
      `In addition, ${sessions(cancelledCount)} ${cancelledCount === 1 ? 'was' : 'were'} cancelled.`,
    results: 'Results for residents',
    signature: 'Signature',
    signatureText: 'Drawn up truthfully.',
    columnName: 'Name',
    columnOrganisation: 'Organisation',
    columnDate: 'Date',
    columnSignature: 'Signature',
  },
}
