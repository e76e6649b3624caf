import { vocabularyLabels } from '../i18n/vocabulary-labels'
import { type ContactOutcome, type IdeaStatus, type Language } from '../model'
import { type AccessResidentFacts, residentsAccessBlocks } from './access-report-residents'
import { facts, heading, paragraph, paragraphs, table } from './report-blocks'
import { reportFormat } from './report-format'
import { reportFileName } from './report-frame'
import { type ReportBlock, type ReportModel, type TableCell } from './report-model'

/**
 * Everything the app holds about one address, as plain data (the same facts as the JSON export). The
 * active residents, connections and signals at the address are optional for callers that predate them.
 */
export interface AccessReportData extends Partial<AccessResidentFacts> {
  language: Language
  /** The day the report is made, yyyy-MM-dd. */
  today: string
  organisation: string
  author: string
  programmeName: string
  address: {
    street: string
    place: string
    /** "12a". */
    houseNumber: string
    postcode: string
    householdNote: string
    residentName: string
    phone: string
    consentToContact: boolean
  }
  contacts: Array<{ date: string; outcome: ContactOutcome; note: string; sessionTitle: string }>
  ideas: Array<{
    title: string
    description: string
    status: IdeaStatus
    collectedOn: string
    initiators: Array<{ pseudonym: string; name: string }>
  }>
  sessions: Array<{ title: string; date: string }>
}

const texts = {
  nl: {
    kind: 'Inzageverzoek',
    privacy:
      'Dit document bevat persoonsgegevens: het is gemaakt voor een inzageverzoek (AVG) en hoort alleen bij de bewoner zelf. Bewaar of deel het niet verder.',
    intro:
      'Hieronder staat alles wat Krachtstroom Coach over dit adres bewaart: gegevens van de bewoner, contactmomenten met notities, ideeën, sessies, en waar die er zijn: rollen als actieve bewoner, verbindingen met buren en signalen.',
    programme: 'Programma',
    organisation: 'Organisatie',
    author: 'Opgesteld door',
    date: 'Datum',
    address: 'Adres',
    resident: 'Gegevens van de bewoner',
    street: 'Straat',
    place: 'Woonplaats',
    houseNumber: 'Huisnummer',
    postcode: 'Postcode',
    name: 'Naam',
    phone: 'Telefoon',
    consent: 'Toestemming om opnieuw contact op te nemen',
    yes: 'ja',
    no: 'nee',
    householdNote: 'Notitie over het huishouden',
    noResident: 'Er zijn geen naam, telefoonnummer of notitie bewaard.',
    contacts: 'Contactmomenten',
    noContacts: 'Er zijn geen contactmomenten vastgelegd.',
    columnDate: 'Datum',
    columnOutcome: 'Uitkomst',
    columnNote: 'Notitie',
    columnSession: 'Sessie',
    ideas: 'Ideeën',
    noIdeas: 'Er zijn geen ideeën aan dit adres gekoppeld.',
    status: 'Status',
    collectedOn: 'Opgehaald op',
    initiators: 'Initiatiefnemers',
    sessions: 'Sessies',
    noSessions: 'Er zijn geen sessies aan dit adres gekoppeld.',
    page: 'Pagina',
    of: 'van',
  },
  en: {
    kind: 'Access request',
    privacy:
      'This document contains personal data: it was made for an access request (GDPR) and belongs to the resident only. Do not keep or share it further.',
    intro:
      'Below is everything Krachtstroom Coach holds about this address: the resident’s data, contact moments with notes, ideas, sessions, and where there are any: roles as an active resident, connections with neighbours and signals.',
    programme: 'Programme',
    organisation: 'Organisation',
    author: 'Prepared by',
    date: 'Date',
    address: 'Address',
    resident: 'Resident’s data',
    street: 'Street',
    place: 'Town',
    houseNumber: 'House number',
    postcode: 'Postcode',
    name: 'Name',
    phone: 'Phone',
    consent: 'Consent to be contacted again',
    yes: 'yes',
    no: 'no',
    householdNote: 'Household note',
    noResident: 'No name, phone number or note is stored.',
    contacts: 'Contact moments',
    noContacts: 'No contact moments were recorded.',
    columnDate: 'Date',
    columnOutcome: 'Outcome',
    columnNote: 'Note',
    columnSession: 'Session',
    ideas: 'Ideas',
    noIdeas: 'No ideas are linked to this address.',
    status: 'Status',
    collectedOn: 'Collected on',
    initiators: 'Initiators',
    sessions: 'Sessions',
    noSessions: 'No sessions are linked to this address.',
    page: 'Page',
    of: 'of',
  },
} as const

type AccessTexts = (typeof texts)[Language]

function residentBlocks(data: AccessReportData, c: AccessTexts): ReportBlock[] {
  const a = data.address
  const hasData = Boolean(a.residentName || a.phone || a.householdNote)
  return [
    heading(1, c.resident),
    facts([
      [c.name, a.residentName],
      [c.phone, a.phone],
      [c.consent, hasData ? (a.consentToContact ? c.yes : c.no) : ''],
      [c.householdNote, a.householdNote],
    ]),
    ...(hasData ? [] : paragraph(c.noResident)),
  ]
}

function contactBlocks(data: AccessReportData, c: AccessTexts): ReportBlock[] {
  const fmt = reportFormat(data.language)
  const outcomes = vocabularyLabels[data.language].contactOutcome
  if (data.contacts.length === 0) return [heading(1, c.contacts), ...paragraph(c.noContacts)]
  const rows = [...data.contacts]
    .sort((x, y) => x.date.localeCompare(y.date))
    .map((contact): TableCell[] => [
      fmt.shortDate(contact.date),
      outcomes[contact.outcome],
      contact.note,
      contact.sessionTitle,
    ])
  return [
    heading(1, c.contacts),
    table(
      [
        [c.columnDate, 16],
        [c.columnOutcome, 20],
        [c.columnNote, 44],
        [c.columnSession, 20],
      ],
      rows,
    ),
  ]
}

function ideaBlocks(data: AccessReportData, c: AccessTexts): ReportBlock[] {
  const fmt = reportFormat(data.language)
  const statuses = vocabularyLabels[data.language].ideaStatus
  if (data.ideas.length === 0) return [heading(1, c.ideas), ...paragraph(c.noIdeas)]
  const blocks: ReportBlock[] = [heading(1, c.ideas)]
  for (const idea of data.ideas) {
    const initiators = idea.initiators
      .map((x) => [x.name, x.pseudonym].filter((part) => part !== '').join(' — '))
      .filter((text) => text !== '')
    blocks.push(
      heading(2, idea.title),
      facts([
        [c.status, statuses[idea.status]],
        [c.collectedOn, fmt.date(idea.collectedOn)],
        [c.initiators, initiators.join(', ')],
      ]),
      ...paragraphs(idea.description),
    )
  }
  return blocks
}

function sessionBlocks(data: AccessReportData, c: AccessTexts): ReportBlock[] {
  const fmt = reportFormat(data.language)
  if (data.sessions.length === 0) return [heading(1, c.sessions), ...paragraph(c.noSessions)]
  return [
    heading(1, c.sessions),
    table(
      [
        [c.columnDate, 25],
        [c.sessions, 75],
      ],
      data.sessions.map((s): TableCell[] => [fmt.shortDate(s.date), s.title]),
    ),
  ]
}

/**
 * The Word version of an access request (inzageverzoek): everything about one address — the
 * resident's data, contact moments with their notes, ideas and sessions. Unlike every other report
 * it deliberately contains personal data, and says so at the top.
 */
export function buildAccessReport(data: AccessReportData): ReportModel {
  const c = texts[data.language]
  const fmt = reportFormat(data.language)
  const a = data.address
  const addressLine = [`${a.street} ${a.houseNumber}`.trim(), [a.postcode, a.place].filter(Boolean).join(' ')]
    .filter((part) => part !== '')
    .join(', ')
  const blocks: ReportBlock[] = [
    // The cover's privacy line (on top of the first page) says this document holds personal data.
    ...paragraph(c.intro, 'lead'),
    heading(1, c.address),
    facts([
      [c.street, a.street],
      [c.houseNumber, a.houseNumber],
      [c.postcode, a.postcode],
      [c.place, a.place],
    ]),
    ...residentBlocks(data, c),
    ...contactBlocks(data, c),
    ...ideaBlocks(data, c),
    ...sessionBlocks(data, c),
    ...residentsAccessBlocks(data, data.language),
  ]
  const details = [
    { label: c.programme, value: data.programmeName },
    { label: c.organisation, value: data.organisation },
    { label: c.author, value: data.author },
    { label: c.date, value: fmt.date(data.today) },
  ].filter((item) => item.value.trim() !== '')
  return {
    // ReportKind has no access-request kind; the renderer does not use `kind`, the history never sees it.
    kind: 'looplijst',
    language: data.language,
    title: `${c.kind} — ${addressLine}`,
    subject: c.kind,
    fileName: reportFileName([c.kind, `${a.street} ${a.houseNumber}`, data.today]),
    orientation: 'portrait',
    includesNames: true,
    author: data.author,
    cover: {
      layout: 'compact',
      kindLabel: c.kind,
      title: addressLine,
      details,
      organisation: data.organisation,
      privacyNote: c.privacy,
    },
    chrome: {
      header: [data.organisation, data.programmeName].filter((part) => part !== '').join(' — '),
      footer: `${c.kind} · ${fmt.date(data.today)}`,
      page: c.page,
      of: c.of,
      figure: '',
      goal: '',
      logoAlt: data.organisation,
    },
    blocks,
  }
}
