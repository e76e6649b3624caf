import {
  ApiFailure,
  type ApiParsedInput,
  type SessionDetail,
  type SessionListItem,
  type SessionSaved,
} from '../../shared/api'
import { doubleBookings, isStreetDone, type SessionWarning } from '../../shared/domain/session-conflicts'
import { isPlannedStatus, sessionStatusChangeProblem } from '../../shared/domain/session-rules'
import { type ContactOutcome, type Session, type StoreData } from '../../shared/model'
import { sessionsToIcs } from '../io/sessions-ics'
import { localDate, nowIso } from './clock'
import { safeFileName } from './file-names'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

type Planned = Pick<
  Session,
  'id' | 'programmeId' | 'date' | 'startTime' | 'endTime' | 'teamMemberIds' | 'streetIds' | 'status' | 'title'
>

/** Names of a programme's team members, partners and streets. */
function nameLookup(data: Readonly<StoreData>, programmeId: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const m of data.teamMembers) if (m.programmeId === programmeId) names.set(m.id, m.name)
  for (const p of data.partners) if (p.programmeId === programmeId) names.set(p.id, p.name)
  for (const s of data.streets) if (s.programmeId === programmeId) names.set(s.id, s.name)
  return names
}

/** Double bookings and streets whose addresses are all done, for one session being planned. */
export function sessionWarnings(
  data: Readonly<StoreData>,
  session: Planned,
  names: ReadonlyMap<string, string>,
): SessionWarning[] {
  if (!isPlannedStatus(session.status)) return []
  const sameDay = data.sessions.filter(
    (s) => s.programmeId === session.programmeId && !s.deletedAt && s.date === session.date,
  )
  const warnings = doubleBookings(session, sameDay, names)
  if (session.streetIds.length === 0) return warnings
  const wanted = new Set(session.streetIds)
  const addressesByStreet = new Map<string, string[]>()
  for (const a of data.addresses) {
    if (!a.deletedAt && wanted.has(a.streetId))
      addressesByStreet.set(a.streetId, [...(addressesByStreet.get(a.streetId) ?? []), a.id])
  }
  const outcomes = new Map<string, ContactOutcome[]>()
  for (const c of data.contacts) {
    if (!c.deletedAt && wanted.has(c.streetId))
      outcomes.set(c.addressId, [...(outcomes.get(c.addressId) ?? []), c.outcome])
  }
  for (const streetId of session.streetIds) {
    if (isStreetDone(addressesByStreet.get(streetId) ?? [], outcomes)) {
      warnings.push({
        kind: 'straat-klaar',
        refId: streetId,
        message: `In ${names.get(streetId) ?? 'deze straat'} is elk adres al gesproken of afgerond.`,
      })
    }
  }
  return warnings
}

/** True when the coach still owes this session's verslag. */
export function isReportMissing(session: Session, today: string): boolean {
  if (session.report?.completedAt) return false
  return session.status === 'gehouden' || (isPlannedStatus(session.status) && session.date < today)
}

function checkLinks(
  data: Readonly<StoreData>,
  programmeId: string,
  ids: { streetIds?: string[]; teamMemberIds?: string[]; invitedPartnerIds?: string[] },
): void {
  const checks: Array<[keyof typeof ids, 'streets' | 'teamMembers' | 'partners']> = [
    ['streetIds', 'streets'],
    ['teamMemberIds', 'teamMembers'],
    ['invitedPartnerIds', 'partners'],
  ]
  for (const [field, collection] of checks) {
    for (const id of ids[field] ?? []) {
      if (findLive(data, collection, id, { field }).programmeId !== programmeId) {
        throw new ApiFailure('VALIDATION_FAILED', 'Deze keuze hoort bij een ander programma.', field)
      }
    }
  }
}

/** session.*: planning, status, verslag, warnings and calendar export. */
export function createSessionService({ stores, clock, newId }: ServiceDeps) {
  const listItem = (
    data: Readonly<StoreData>,
    session: Session,
    names: ReadonlyMap<string, string>,
    today: string,
  ): SessionListItem => ({
    session,
    streetNames: session.streetIds.map((id) => names.get(id) ?? '?'),
    teamNames: session.teamMemberIds.map((id) => names.get(id) ?? '?'),
    reportMissing: isReportMissing(session, today),
    warnings: sessionWarnings(data, session, names),
  })

  return {
    'session.list': async ({
      programmeId,
      from,
      to,
      statuses,
    }: ApiParsedInput<'session.list'>): Promise<SessionListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const names = nameLookup(data, programmeId)
      const today = localDate(clock)
      return data.sessions
        .filter(
          (s) =>
            s.programmeId === programmeId &&
            !s.deletedAt &&
            (!from || s.date >= from) &&
            (!to || s.date <= to) &&
            (!statuses?.length || statuses.includes(s.status)),
        )
        .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
        .map((s) => listItem(data, s, names, today))
    },

    'session.get': async ({ sessionId }: ApiParsedInput<'session.get'>): Promise<SessionDetail> => {
      const data = requireStore(stores).read()
      const session = findLive(data, 'sessions', sessionId)
      const names = nameLookup(data, session.programmeId)
      return structuredClone({
        ...listItem(data, session, names, localDate(clock)),
        ideas: data.ideas.filter((i) => i.sessionId === session.id && !i.deletedAt),
        contactCount: data.contacts.filter((c) => c.sessionId === session.id && !c.deletedAt).length,
        actions: data.actions.filter((a) => a.sessionId === session.id && !a.deletedAt),
        invitedPartnerNames: session.invitedPartnerIds.map((id) => names.get(id) ?? '?'),
      })
    },

    'session.create': async (input: ApiParsedInput<'session.create'>): Promise<SessionSaved> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        checkLinks(data, input.programmeId, input)
        const now = nowIso(clock)
        const session: Session = { id: newId(), createdAt: now, updatedAt: now, status: 'gepland', ...input }
        const warnings = sessionWarnings(data, session, nameLookup(data, input.programmeId))
        data.sessions.push(session)
        return { session: structuredClone(session), warnings }
      }),

    'session.update': async ({
      sessionId,
      ...changes
    }: ApiParsedInput<'session.update'>): Promise<SessionSaved> =>
      requireStore(stores).update((data) => {
        const session = findLive(data, 'sessions', sessionId)
        checkLinks(data, session.programmeId, changes)
        const moved =
          (changes.date !== undefined && changes.date !== session.date) ||
          (changes.startTime !== undefined && changes.startTime !== session.startTime) ||
          (changes.endTime !== undefined && changes.endTime !== session.endTime)
        if (moved && !isPlannedStatus(session.status)) {
          throw new ApiFailure(
            'CONFLICT',
            'Datum: alleen een geplande bijeenkomst kan worden verzet.',
            'date',
          )
        }
        const next = {
          ...session,
          ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
        } as Session
        if (next.endTime <= next.startTime)
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Eindtijd: de eindtijd ligt niet na de begintijd.',
            'endTime',
          )
        if (moved) next.status = 'verplaatst'
        next.updatedAt = nowIso(clock)
        Object.assign(session, next)
        return {
          session: structuredClone(session),
          warnings: sessionWarnings(data, session, nameLookup(data, session.programmeId)),
        }
      }),

    'session.setStatus': async ({
      sessionId,
      status,
    }: ApiParsedInput<'session.setStatus'>): Promise<Session> =>
      requireStore(stores).update((data) => {
        const session = findLive(data, 'sessions', sessionId)
        const problem = sessionStatusChangeProblem(session.status, status, {
          date: session.date,
          today: localDate(clock),
        })
        if (problem) throw new ApiFailure('CONFLICT', problem, 'status')
        session.status = status
        session.updatedAt = nowIso(clock)
        return structuredClone(session)
      }),

    'session.saveReport': async (input: ApiParsedInput<'session.saveReport'>): Promise<Session> =>
      requireStore(stores).update((data) => {
        const session = findLive(data, 'sessions', input.sessionId)
        if (session.status === 'geannuleerd') {
          throw new ApiFailure(
            'CONFLICT',
            'Een geannuleerde bijeenkomst heeft geen verslag. Plan hem eerst opnieuw.',
            'sessionId',
          )
        }
        if (session.status !== 'gehouden') {
          const problem = sessionStatusChangeProblem(session.status, 'gehouden', {
            date: session.date,
            today: localDate(clock),
          })
          if (problem) throw new ApiFailure('CONFLICT', problem, 'status')
          session.status = 'gehouden'
        }
        checkLinks(data, session.programmeId, { invitedPartnerIds: input.attendingPartnerIds })
        session.report = {
          attendees: input.attendees,
          attendingPartnerIds: input.attendingPartnerIds,
          notes: input.notes,
          ...(input.complete ? { completedAt: nowIso(clock) } : {}),
        }
        session.updatedAt = nowIso(clock)
        return structuredClone(session)
      }),

    'session.checkWarnings': async (
      input: ApiParsedInput<'session.checkWarnings'>,
    ): Promise<SessionWarning[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, input.programmeId)
      const planned: Planned = { ...input, id: input.sessionId ?? '', status: 'gepland', title: '' }
      return sessionWarnings(data, planned, nameLookup(data, input.programmeId))
    },

    'session.exportIcs': async ({ programmeId, sessionIds }: ApiParsedInput<'session.exportIcs'>) => {
      const data = requireStore(stores).read()
      const programme = findProgramme(data, programmeId)
      const wanted = sessionIds ? new Set(sessionIds) : undefined
      const sessions = data.sessions
        .filter(
          (s) =>
            s.programmeId === programmeId &&
            !s.deletedAt &&
            (wanted ? wanted.has(s.id) : s.status !== 'geannuleerd'),
        )
        .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
      if (sessions.length === 0)
        throw new ApiFailure('NOT_FOUND', 'Er zijn geen bijeenkomsten om te exporteren.', 'sessionIds')
      const names = nameLookup(data, programmeId)
      const text = sessionsToIcs(sessions, {
        programmeName: programme.name,
        streetNames: (s) => s.streetIds.map((id) => names.get(id) ?? ''),
        teamNames: (s) => s.teamMemberIds.map((id) => names.get(id) ?? ''),
        now: clock(),
      })
      const stem = sessions.length === 1 && sessions[0] ? sessions[0].title : `Planning ${programme.name}`
      return { fileName: `${safeFileName(stem, 'agenda')}.ics`, text }
    },
  }
}
