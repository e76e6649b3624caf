import { vocabularyLabels } from '../i18n/vocabulary-labels'
import {
  type ConnectionKind,
  type ConsentChannel,
  type Language,
  type ResidentRole,
  type SignalCategory,
  type SignalConsent,
  type SignalRoute,
  type SignalStatus,
} from '../model'
import { facts, heading, paragraph, table } from './report-blocks'
import { reportFormat } from './report-format'
import { type ReportBlock, type TableCell } from './report-model'

/** What the app holds about the residents of one address as an active resident, in connections and signals. */
export interface AccessResidentFacts {
  residents: Array<{
    pseudonym: string
    name: string
    consentToBeNamed: boolean
    roles: Array<{ role: ResidentRole; ideaTitle: string; start: string; end?: string }>
  }>
  connections: Array<{
    kind: ConnectionKind
    date: string
    description: string
    running: boolean
    checks: Array<{ on: string; running: boolean }>
  }>
  signals: Array<{
    category: SignalCategory
    date: string
    consent: SignalConsent
    consentHow?: ConsentChannel
    consentOn?: string
    route?: SignalRoute
    partnerName: string
    handoverDate?: string
    contactPerson: string
    status: SignalStatus
    history: Array<{ status: SignalStatus; on: string }>
    note: string
  }>
}

const texts = {
  nl: {
    residents: 'Actieve bewoner',
    noResidents: 'Er is niemand op dit adres als actieve bewoner vastgelegd.',
    pseudonym: 'Schuilnaam',
    name: 'Naam',
    consentNamed: 'Toestemming om genoemd te worden',
    yes: 'ja',
    no: 'nee',
    columnRole: 'Rol',
    columnIdea: 'Idee',
    columnFrom: 'Vanaf',
    columnUntil: 'Tot',
    streetRole: 'in de straat',
    connections: 'Verbindingen met buren',
    noConnections: 'Dit adres is bij geen verbinding tussen buren betrokken.',
    columnDate: 'Datum',
    columnKind: 'Soort',
    columnDescription: 'Omschrijving',
    columnRunning: 'Loopt nog',
    signals: 'Signalen',
    noSignals: 'Er zijn geen signalen met dit adres vastgelegd.',
    category: 'Soort signaal',
    date: 'Datum',
    consent: 'Toestemming',
    consentHow: 'Hoe gegeven',
    consentOn: 'Wanneer gegeven',
    route: 'Route',
    partner: 'Overgedragen aan',
    handoverDate: 'Overgedragen op',
    contactPerson: 'Contactpersoon',
    status: 'Stand van zaken',
    note: 'Notitie',
    signalHeading: (category: string, date: string): string => `${category}, ${date}`,
  },
  en: {
    residents: 'Active resident',
    noResidents: 'Nobody at this address is recorded as an active resident.',
    pseudonym: 'Pseudonym',
    name: 'Name',
    consentNamed: 'Consent to be named',
    yes: 'yes',
    no: 'no',
    columnRole: 'Role',
    columnIdea: 'Idea',
    columnFrom: 'From',
    columnUntil: 'Until',
    streetRole: 'in the street',
    connections: 'Connections with neighbours',
    noConnections: 'This address is not part of any connection between neighbours.',
    columnDate: 'Date',
    columnKind: 'Kind',
    columnDescription: 'Description',
    columnRunning: 'Still running',
    signals: 'Signals',
    noSignals: 'No signals are recorded with this address.',
    category: 'Kind of signal',
    date: 'Date',
    consent: 'Consent',
    consentHow: 'How given',
    consentOn: 'When given',
    route: 'Route',
    partner: 'Handed over to',
    handoverDate: 'Handed over on',
    contactPerson: 'Contact person',
    status: 'Follow-up',
    note: 'Note',
    signalHeading: (category: string, date: string): string => `${category}, ${date}`,
  },
} as const

/**
 * The access request's sections on active residents, connections and signals: everything the app holds
 * about the address there, signal notes included (the resident's own data). Nothing when the facts are
 * not given (older callers).
 */
export function residentsAccessBlocks(data: Partial<AccessResidentFacts>, language: Language): ReportBlock[] {
  const c = texts[language]
  const v = vocabularyLabels[language]
  const fmt = reportFormat(language)
  const blocks: ReportBlock[] = []
  if (data.residents) {
    blocks.push(heading(1, c.residents))
    if (data.residents.length === 0) blocks.push(...paragraph(c.noResidents))
    for (const resident of data.residents) {
      blocks.push(
        facts([
          [c.pseudonym, resident.pseudonym],
          [c.name, resident.name],
          [c.consentNamed, resident.consentToBeNamed ? c.yes : c.no],
        ]),
      )
      if (resident.roles.length > 0)
        blocks.push(
          table(
            [
              [c.columnRole, 22],
              [c.columnIdea, 42],
              [c.columnFrom, 18],
              [c.columnUntil, 18],
            ],
            resident.roles.map((role): TableCell[] => [
              v.residentRole[role.role],
              role.ideaTitle || c.streetRole,
              fmt.shortDate(role.start),
              role.end === undefined ? '' : fmt.shortDate(role.end),
            ]),
          ),
        )
    }
  }
  if (data.connections) {
    blocks.push(heading(1, c.connections))
    if (data.connections.length === 0) blocks.push(...paragraph(c.noConnections))
    else
      blocks.push(
        table(
          [
            [c.columnDate, 16],
            [c.columnKind, 20],
            [c.columnDescription, 48],
            [c.columnRunning, 16],
          ],
          data.connections.map((connection): TableCell[] => [
            fmt.shortDate(connection.date),
            v.connectionKind[connection.kind],
            connection.description,
            connection.running ? c.yes : c.no,
          ]),
        ),
      )
  }
  if (data.signals) {
    blocks.push(heading(1, c.signals))
    if (data.signals.length === 0) blocks.push(...paragraph(c.noSignals))
    for (const signal of data.signals) {
      blocks.push(
        heading(2, c.signalHeading(v.signalCategory[signal.category], fmt.date(signal.date))),
        facts([
          [c.consent, v.signalConsent[signal.consent]],
          [c.consentHow, signal.consentHow ? v.consentChannel[signal.consentHow] : ''],
          [c.consentOn, signal.consentOn ? fmt.date(signal.consentOn) : ''],
          [c.route, signal.route ? v.signalRoute[signal.route] : ''],
          [c.partner, signal.partnerName],
          [c.handoverDate, signal.handoverDate ? fmt.date(signal.handoverDate) : ''],
          [c.contactPerson, signal.contactPerson],
          [
            c.status,
            signal.history
              .map((entry) => `${v.signalStatus[entry.status]} (${fmt.shortDate(entry.on)})`)
              .join(', '),
          ],
          [c.note, signal.note],
        ]),
      )
    }
  }
  return blocks
}
