import {
  type Idea,
  type Language,
  type Partner,
  type Programme,
  type Session,
  type Street,
  type TeamMember,
} from '../model'
import { createRedactor, redactionTermsOf } from '../domain/redaction'
import { computeProgrammeStats } from '../domain/stats'
import { computeResidentsFigures } from '../domain/residents-figures'
import { type ResidentsFigures } from '../domain/residents-figures-types'
import { type ProgrammeStats } from '../domain/stats-types'
import { type VocabularyLabels, vocabularyLabels } from '../i18n/vocabulary-labels'
import { dataAsOf, type ProgrammeSnapshot } from './data-as-of'
import { periodActivity, type PeriodActivity } from './period-activity'
import { reportFormat, type ReportFormat } from './report-format'
import { type ReportRequest, type ReportSource } from './report-request'
import { reportTexts, type ReportTexts } from './report-texts'
import { sanitiseForWord } from './sanitise-for-word'

/** The period a report covers; figures are "as of" the end of it (at most today). */
export interface ReportPeriod {
  from: string
  to: string
  /** The day the cumulative figures describe: `to`, or today when `to` lies in the future. */
  asOf: string
  /** The period starts at the programme's start. */
  fromStart: boolean
}

/** Everything a report builder needs, worked out once. */
export interface ReportContext {
  request: ReportRequest
  language: Language
  includeNames: boolean
  t: ReportTexts
  v: VocabularyLabels
  fmt: ReportFormat
  programme: Programme
  today: string
  period: ReportPeriod
  /** The programme's figures as of `period.asOf`: equal to `stats.programme` when that is today. */
  stats: ProgrammeStats
  /** The "bewoners aan zet" figures as of `period.asOf`, with "in period" counts from `period.from`. */
  residents: ResidentsFigures
  activity: PeriodActivity
  snapshot: ProgrammeSnapshot
  streetById: ReadonlyMap<string, Street>
  partnerById: ReadonlyMap<string, Partner>
  teamById: ReadonlyMap<string, TeamMember>
  sessionById: ReadonlyMap<string, Session>
  ideaById: ReadonlyMap<string, Idea>
  organisation: string
  author: string
  /**
   * Text from the store, made safe for Word, through the one redaction pass: phone numbers, e-mail
   * addresses, postcodes, addresses and (unless names are asked for) residents' names become
   * placeholders such as "[naam]". Names of the programme's own things (streets, partners and their
   * contact people, team members, areas, themes) are shown as typed.
   */
  text(value: string): string
  /** Text shown exactly as typed (made safe for Word): only for what an output exists to show, such as a walk list's postcodes. */
  asTyped(value: string): string
}

/** Thrown when a report cannot be built for the request (unknown programme, partner, idea…). */
export class ReportSubjectError extends Error {
  readonly field: string

  constructor(message: string, field: string) {
    super(message)
    this.name = 'ReportSubjectError'
    this.field = field
  }
}

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> =>
  new Map(list.map((item) => [item.id, item]))

/** Works out the period: defaults, and figures as of the end of it but never after today. */
export function resolvePeriod(
  programme: Programme,
  request: Pick<ReportRequest, 'from' | 'to'>,
  today: string,
): ReportPeriod {
  const end =
    programme.period.end !== undefined && programme.period.end < today ? programme.period.end : today
  const to = request.to ?? end
  const from = request.from ?? (programme.period.start <= to ? programme.period.start : to)
  return { from, to, asOf: to < today ? to : today, fromStart: from <= programme.period.start }
}

/**
 * Builds the context of one report: the programme, its snapshot and statistics as of the end of the
 * period (through `computeProgrammeStats`, so the figures are the dashboard's), the activity within
 * the period, lookups, and the texts of the language.
 *
 * @throws ReportSubjectError when the programme does not exist.
 */
export function createReportContext(source: ReportSource, request: ReportRequest): ReportContext {
  const programme = source.data.programmes.find((p) => p.id === request.programmeId && !p.deletedAt)
  if (!programme) throw new ReportSubjectError('Dit programma bestaat niet (meer).', 'programmeId')
  const period = resolvePeriod(programme, request, source.today)
  const snapshot = dataAsOf(source.data, programme.id, period.asOf, source.today)
  const stats = computeProgrammeStats({ ...snapshot, programmes: [programme] }, programme.id, period.asOf)
  const t = reportTexts(request.language)
  const redact = createRedactor(redactionTermsOf(source.data), {
    language: request.language,
    keepNames: request.includeNames,
  })
  const labels = labelsOf(source.data, programme)
  const text = (value: string): string => {
    const clean = sanitiseForWord(value)
    return labels.has(clean.trim()) ? clean : redact(clean)
  }
  return {
    request,
    language: request.language,
    includeNames: request.includeNames,
    t,
    v: vocabularyLabels[request.language],
    fmt: reportFormat(request.language),
    programme,
    today: source.today,
    period,
    stats,
    residents: computeResidentsFigures(
      {
        ...source.data,
        residents: source.data.residents ?? [],
        connections: source.data.connections ?? [],
        signals: source.data.signals ?? [],
      },
      programme.id,
      { asOf: period.asOf, from: period.from },
    ),
    activity: periodActivity(snapshot, period.from, period.to),
    snapshot,
    streetById: byId(snapshot.streets),
    partnerById: byId(snapshot.partners),
    teamById: byId(snapshot.teamMembers),
    sessionById: byId(snapshot.sessions),
    ideaById: byId(snapshot.ideas),
    organisation: sanitiseForWord(source.organisationName.trim()),
    author: sanitiseForWord(source.authorName.trim()),
    text,
    asTyped: sanitiseForWord,
  }
}

/**
 * Names the coach gave the programme's own things: they are labels, not free text about residents, and
 * are shown as typed (a partner's contact person keeps her phone number; a street named "Plein 1944" is
 * not an address).
 */
function labelsOf(data: ReportSource['data'], programme: Programme): Set<string> {
  const ofProgramme = <T extends { programmeId: string }>(list: readonly T[]): T[] =>
    list.filter((item) => item.programmeId === programme.id)
  const labels = [
    programme.name,
    programme.gemeente,
    ...programme.themes.map((theme) => theme.label),
    ...ofProgramme(data.streets).flatMap((street) => [street.name, street.place]),
    ...ofProgramme(data.areas).map((area) => area.name),
    ...ofProgramme(data.teamMembers).flatMap((member) => [member.name, member.role]),
    ...ofProgramme(data.partners).flatMap((partner) => [
      partner.name,
      ...partner.contacts.flatMap((contact) => [contact.name, contact.role, contact.email, contact.phone]),
    ]),
  ]
  return new Set(labels.map((label) => sanitiseForWord(label).trim()).filter((label) => label !== ''))
}
