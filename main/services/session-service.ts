import {
  ApiFailure,
  type ApiParsedInput,
  type SessionDetail,
  type SessionListItem,
  type SessionSaved,
} from '../../shared/api'
import { doubleBookings, isStreetDone, type SessionWarning } from '../../shared/domain/session-conflicts'
import {
  isPlannedStatus,
  sessionStatusChangeProblem,
  sessionTimeProblem,
} from '../../shared/domain/session-rules'
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

/**
 * What the warnings look at, gathered once: a programme's live sessions by date, and for the streets
 * asked about (all when `streetIds` is left out) their live addresses and the door outcomes per
 * address. Listing a thousand sessions then costs one pass over the data instead of one per session.
 */
export interface WarningIndex {
  sessionsByDate: Map<string, Session[]>
  addressesByStreet: Map<string, string[]>
  outcomesByAddress: Map<string, ContactOutcome[]>
  /** Streets found done so far (filled as warnings are worked out). */
  doneStreets: Map<string, boolean>
}

/** Builds the {@link WarningIndex} of a programme, for `streetIds` only when given. */
export function warningIndex(
  data: Readonly<StoreData>,
  programmeId: string,
  streetIds?: ReadonlySet<string>,
): WarningIndex {
  const index: WarningIndex = {
    sessionsByDate: new Map(),
    addressesByStreet: new Map(),
    outcomesByAddress: new Map(),
    doneStreets: new Map(),
  }
  const add = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  for (const s of data.sessions)
    if (s.programmeId === programmeId && !s.deletedAt) add(index.sessionsByDate, s.date, s)
  const wanted = (streetId: string): boolean => streetIds === undefined || streetIds.has(streetId)
  for (const a of data.addresses)
    if (!a.deletedAt && a.programmeId === programmeId && wanted(a.streetId))
      add(index.addressesByStreet, a.streetId, a.id)
  for (const c of data.contacts)
    if (!c.deletedAt && c.programmeId === programmeId && wanted(c.streetId))
      add(index.outcomesByAddress, c.addressId, c.outcome)
  return index
}

/** Double bookings and streets whose addresses are all done, for one session being planned. */
export function sessionWarnings(
  data: Readonly<StoreData>,
  session: Planned,
  names: ReadonlyMap<string, string>,
  index: WarningIndex = warningIndex(data, session.programmeId, new Set(session.streetIds)),
): SessionWarning[] {
  if (!isPlannedStatus(session.status)) return []
  const warnings = doubleBookings(session, index.sessionsByDate.get(session.date) ?? [], names)
  for (const streetId of session.streetIds) {
    let done = index.doneStreets.get(streetId)
    if (done === undefined) {
      done = isStreetDone(index.addressesByStreet.get(streetId) ?? [], index.outcomesByAddress)
      index.doneStreets.set(streetId, done)
    }
    if (done) {
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
/** Refuses a start or end in the hour that is skipped or repeated when the clocks change. */
function refuseClockChangeTimes(date: string, startTime: string, endTime: string): void {
  const problem = sessionTimeProblem(date, startTime, endTime)
  if (problem) throw new ApiFailure('VALIDATION_FAILED', problem.nl, problem.field, problem.en)
}

export function createSessionService({ stores, clock, newId }: ServiceDeps) {
  const listItem = (
    data: Readonly<StoreData>,
    session: Session,
    names: ReadonlyMap<string, string>,
    today: string,
    index?: WarningIndex,
  ): SessionListItem => ({
    session,
    streetNames: session.streetIds.map((id) => names.get(id) ?? '?'),
    teamNames: session.teamMemberIds.map((id) => names.get(id) ?? '?'),
    reportMissing: isReportMissing(session, today),
    warnings: sessionWarnings(data, session, names, index),
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
      const index = warningIndex(data, programmeId)
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
        .map((s) => listItem(data, s, names, today, index))
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
        refuseClockChangeTimes(input.date, input.startTime, input.endTime)
        const session: Session = {
          id: newId(),
          createdAt: now,
          updatedAt: now,
          status: 'gepland',
          revision: 0,
          ...input,
        }
        const warnings = sessionWarnings(data, session, nameLookup(data, input.programmeId))
        data.sessions.push(session)
        return { session, warnings }
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
            'Datum: alleen een geplande sessie kan worden verzet.',
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
            'Eindtijd moet na de begintijd liggen.',
            'endTime',
            'End time must be after the start time.',
          )
        if (moved) refuseClockChangeTimes(next.date, next.startTime, next.endTime)
        if (moved) next.status = 'verplaatst'
        next.updatedAt = nowIso(clock)
        next.revision = session.revision + 1
        Object.assign(session, next)
        return {
          session,
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
        session.revision += 1
        return session
      }),

    'session.saveReport': async (input: ApiParsedInput<'session.saveReport'>): Promise<Session> =>
      requireStore(stores).update((data) => {
        const session = findLive(data, 'sessions', input.sessionId)
        if (session.status === 'geannuleerd') {
          throw new ApiFailure(
            'CONFLICT',
            'Een geannuleerde sessie heeft geen verslag. Plan hem eerst opnieuw.',
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
        session.revision += 1
        return session
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
        throw new ApiFailure('NOT_FOUND', 'Er zijn geen sessies om te exporteren.', 'sessionIds')
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
