import { ApiFailure, type ActionListItem, type ApiParsedInput } from '../../shared/api'
import { type Action, type StoreData } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

type ActionLinks = Pick<Action, 'ownerTeamMemberId' | 'ownerPartnerId' | 'ideaId' | 'sessionId'>

/** Refuses links to things that do not exist or belong to another programme. */
function checkActionLinks(
  data: Readonly<StoreData>,
  programmeId: string,
  links: Partial<Record<keyof ActionLinks, string | null | undefined>>,
): void {
  const checks: Array<[keyof ActionLinks, 'teamMembers' | 'partners' | 'ideas' | 'sessions']> = [
    ['ownerTeamMemberId', 'teamMembers'],
    ['ownerPartnerId', 'partners'],
    ['ideaId', 'ideas'],
    ['sessionId', 'sessions'],
  ]
  for (const [field, collection] of checks) {
    const id = links[field]
    if (!id) continue
    if (findLive(data, collection, id, { field }).programmeId !== programmeId) {
      throw new ApiFailure('VALIDATION_FAILED', 'Deze koppeling hoort bij een ander programma.', field)
    }
  }
  if (links.ownerTeamMemberId && links.ownerPartnerId) {
    throw new ApiFailure(
      'VALIDATION_FAILED',
      'Eigenaar: kies een teamlid of een partner, niet allebei.',
      'ownerPartnerId',
    )
  }
}

/** action.list, action.create, action.update: follow-ups (vervolgstappen). */
export function createActionService({ stores, clock, newId }: ServiceDeps) {
  return {
    'action.list': async ({
      programmeId,
      ideaId,
      sessionId,
      openOnly,
    }: ApiParsedInput<'action.list'>): Promise<ActionListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const today = localDate(clock)
      const names = new Map<string, string>()
      for (const m of data.teamMembers) if (m.programmeId === programmeId) names.set(m.id, m.name)
      for (const p of data.partners) if (p.programmeId === programmeId) names.set(p.id, p.name)
      for (const i of data.ideas) if (i.programmeId === programmeId) names.set(i.id, i.title)
      for (const s of data.sessions) if (s.programmeId === programmeId) names.set(s.id, s.title)
      return data.actions
        .filter(
          (a) =>
            a.programmeId === programmeId &&
            !a.deletedAt &&
            (!openOnly || !a.done) &&
            (!ideaId || a.ideaId === ideaId) &&
            (!sessionId || a.sessionId === sessionId),
        )
        .map((action): ActionListItem => {
          const ownerId = action.ownerTeamMemberId ?? action.ownerPartnerId
          const ownerName = ownerId ? names.get(ownerId) : undefined
          const ideaTitle = action.ideaId ? names.get(action.ideaId) : undefined
          const sessionTitle = action.sessionId ? names.get(action.sessionId) : undefined
          return {
            action,
            ...(ownerName ? { ownerName } : {}),
            ...(ideaTitle ? { ideaTitle } : {}),
            ...(sessionTitle ? { sessionTitle } : {}),
            overdue: !action.done && action.due !== undefined && action.due < today,
          }
        })
        .sort(
          (a, b) =>
            Number(a.action.done) - Number(b.action.done) ||
            Number(b.overdue) - Number(a.overdue) ||
            (a.action.due ?? '9999-12-31').localeCompare(b.action.due ?? '9999-12-31'),
        )
    },

    'action.create': async (input: ApiParsedInput<'action.create'>): Promise<Action> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        checkActionLinks(data, input.programmeId, input)
        const now = nowIso(clock)
        const action: Action = { id: newId(), createdAt: now, updatedAt: now, done: false, ...input }
        data.actions.push(action)
        return action
      }),

    'action.update': async ({
      actionId,
      done,
      doneOn,
      ...changes
    }: ApiParsedInput<'action.update'>): Promise<Action> =>
      requireStore(stores).update((data) => {
        const action = findLive(data, 'actions', actionId)
        const merged = {
          ownerTeamMemberId:
            changes.ownerTeamMemberId === undefined ? action.ownerTeamMemberId : changes.ownerTeamMemberId,
          ownerPartnerId:
            changes.ownerPartnerId === undefined ? action.ownerPartnerId : changes.ownerPartnerId,
          ideaId: changes.ideaId === undefined ? action.ideaId : changes.ideaId,
          sessionId: changes.sessionId === undefined ? action.sessionId : changes.sessionId,
        }
        checkActionLinks(data, action.programmeId, merged)
        for (const key of ['ownerTeamMemberId', 'ownerPartnerId', 'ideaId', 'sessionId', 'due'] as const) {
          const value = changes[key]
          if (value === null) delete action[key]
          else if (value !== undefined) action[key] = value
        }
        if (changes.title !== undefined) action.title = changes.title
        if (changes.notes !== undefined) action.notes = changes.notes
        if (doneOn !== undefined && doneOn > localDate(clock))
          throw new ApiFailure('VALIDATION_FAILED', 'Gedaan op: mag niet in de toekomst liggen.', 'doneOn')
        if (done !== undefined && done !== action.done) {
          action.done = done
          if (done) {
            action.doneAt = nowIso(clock)
            action.doneOn = doneOn ?? localDate(clock)
          } else {
            delete action.doneAt
            delete action.doneOn
          }
        } else if (doneOn !== undefined && action.done) {
          action.doneOn = doneOn
        }
        action.updatedAt = nowIso(clock)
        return action
      }),
  }
}
