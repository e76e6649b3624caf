import { ApiFailure, type ApiParsedInput } from '../../shared/api'
import { ideaStatusChangeProblem, ideaStatusWords } from '../../shared/domain/idea-lifecycle'
import { type Idea, type IdeaHistoryEntry, type StoreData } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { createIdeaUndoMemory } from './idea-undo-memory'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

function partnersOfProgramme(
  data: Readonly<StoreData>,
  programmeId: string,
  partnerIds: readonly string[],
): void {
  for (const partnerId of partnerIds) {
    const partner = findLive(data, 'partners', partnerId, { field: 'partnerIds' })
    if (partner.programmeId !== programmeId) {
      throw new ApiFailure(
        'VALIDATION_FAILED',
        'Partners: deze partner hoort bij een ander programma.',
        'partnerIds',
      )
    }
  }
}

/** A detached copy of an idea (the store hands out drafts that cannot be structured-cloned). */
const plainCopy = (idea: Idea): Idea => JSON.parse(JSON.stringify(idea)) as Idea

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])]

/**
 * idea.setStatus, idea.merge, idea.recordPartnerAnswer, idea.addFeedback and idea.undoLastStep: the
 * idea's lifecycle. A status change or an answer can be taken back for a short while.
 */
export function createIdeaLifecycleService({ stores, clock }: ServiceDeps) {
  const undoMemory = createIdeaUndoMemory(clock)
  /** A step of the history: `date` is the day the coach gave (default today), `at` the moment of recording. */
  const historyEntry = (
    data: Readonly<StoreData>,
    status: Idea['status'],
    note: string,
    date: string,
    reason?: string,
  ): IdeaHistoryEntry => ({
    at: nowIso(clock),
    date,
    status,
    by: data.settings.authorName,
    note,
    ...(reason ? { reason } : {}),
  })

  const notInFuture = (date: string, field = 'date'): void => {
    if (date > localDate(clock))
      throw new ApiFailure('VALIDATION_FAILED', 'Datum: mag niet in de toekomst liggen.', field)
  }

  return {
    'idea.setStatus': async (input: ApiParsedInput<'idea.setStatus'>): Promise<Idea> =>
      requireStore(stores).update((data) => {
        const idea = findLive(data, 'ideas', input.ideaId)
        const before = plainCopy(idea)
        const newPartners = input.partnerIds ?? []
        const problem = ideaStatusChangeProblem(idea.status, input.status, {
          ...(input.reason !== undefined ? { reason: input.reason } : {}),
          hasOwners: idea.owners.length > 0 || newPartners.length > 0,
        })
        if (problem) {
          const field = problem.startsWith('Reden')
            ? 'reason'
            : problem.startsWith('Partners')
              ? 'partnerIds'
              : 'status'
          throw new ApiFailure(field === 'status' ? 'CONFLICT' : 'VALIDATION_FAILED', problem, field)
        }
        const date = input.date ?? localDate(clock)
        notInFuture(date)
        partnersOfProgramme(data, idea.programmeId, newPartners)
        for (const partnerId of newPartners) {
          if (!idea.owners.some((owner) => owner.partnerId === partnerId)) {
            idea.owners.push({ partnerId, since: date, ask: input.ask ?? '' })
          }
        }
        if (input.status === 'in-uitvoering') {
          // A partner that takes the idea up has answered.
          for (const owner of idea.owners) owner.answeredAt ??= date
        }
        idea.history.push(historyEntry(data, input.status, input.note, date, input.reason))
        idea.status = input.status
        if (input.status === 'gerealiseerd' && input.whatChanged !== undefined)
          idea.whatChanged = input.whatChanged
        idea.updatedAt = nowIso(clock)
        undoMemory.remember(before, idea)
        return idea
      }),

    'idea.merge': async ({ ideaId, intoIdeaId, note }: ApiParsedInput<'idea.merge'>): Promise<Idea> =>
      requireStore(stores).update((data) => {
        const duplicate = findLive(data, 'ideas', ideaId)
        const target = findLive(data, 'ideas', intoIdeaId, { field: 'intoIdeaId' })
        if (duplicate.programmeId !== target.programmeId) {
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Samenvoegen met: dit idee hoort bij een ander programma.',
            'intoIdeaId',
          )
        }
        if (target.status === 'samengevoegd') {
          throw new ApiFailure(
            'CONFLICT',
            'Samenvoegen met: dat idee is zelf al samengevoegd; kies het idee waarin het opging.',
            'intoIdeaId',
          )
        }
        const problem = ideaStatusChangeProblem(duplicate.status, 'samengevoegd', {
          hasOwners: true,
          viaMerge: true,
        })
        if (problem) throw new ApiFailure('CONFLICT', problem, 'ideaId')

        target.supporters += duplicate.supporters
        target.themes = union(target.themes, duplicate.themes)
        target.ingredients = union(target.ingredients, duplicate.ingredients)
        target.needs = union(target.needs, duplicate.needs)
        const initiatorKey = (i: Idea['initiators'][number]): string =>
          `${i.pseudonym}|${i.name}|${i.addressId ?? ''}`
        const knownInitiators = new Set(target.initiators.map(initiatorKey))
        target.initiators.push(...duplicate.initiators.filter((i) => !knownInitiators.has(initiatorKey(i))))
        for (const owner of duplicate.owners) {
          if (!target.owners.some((o) => o.partnerId === owner.partnerId)) target.owners.push({ ...owner })
        }
        const mergedNote = `Samengevoegd met "${duplicate.title}" (${duplicate.supporters} bewoners die het steunen erbij).${note ? ` ${note}` : ''}`
        const today = localDate(clock)
        target.history.push(historyEntry(data, target.status, mergedNote, today))
        target.updatedAt = nowIso(clock)

        duplicate.history.push(
          historyEntry(
            data,
            'samengevoegd',
            `Opgegaan in "${target.title}".${note ? ` ${note}` : ''}`,
            today,
          ),
        )
        duplicate.status = 'samengevoegd'
        duplicate.mergedIntoId = target.id
        duplicate.updatedAt = nowIso(clock)
        return target
      }),

    'idea.recordPartnerAnswer': async ({
      ideaId,
      partnerId,
      date,
      note,
    }: ApiParsedInput<'idea.recordPartnerAnswer'>): Promise<Idea> =>
      requireStore(stores).update((data) => {
        const idea = findLive(data, 'ideas', ideaId)
        const before = plainCopy(idea)
        const owner = idea.owners.find((o) => o.partnerId === partnerId)
        if (!owner)
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Partner: het idee is niet bij deze partner ingebracht.',
            'partnerId',
          )
        const answeredOn = date ?? localDate(clock)
        notInFuture(answeredOn)
        if (answeredOn < owner.since) {
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Datum: het antwoord kan niet eerder zijn dan het inbrengen.',
            'date',
          )
        }
        owner.answeredAt = answeredOn
        const answer = note.trim()
        if (answer) owner.answer = answer
        else delete owner.answer
        const partner = findLive(data, 'partners', partnerId)
        idea.history.push(
          historyEntry(data, idea.status, `Antwoord van ${partner.name}.${answer ? ` ${answer}` : ''}`, answeredOn),
        )
        idea.updatedAt = nowIso(clock)
        undoMemory.remember(before, idea)
        return idea
      }),

    'idea.undoLastStep': async ({ ideaId }: ApiParsedInput<'idea.undoLastStep'>): Promise<Idea> =>
      requireStore(stores).update((data) => {
        const idea = findLive(data, 'ideas', ideaId)
        const before = undoMemory.take(idea)
        if (!before) {
          throw new ApiFailure(
            'CONFLICT',
            'Ongedaan maken kan niet meer: er is intussen iets aan dit idee veranderd, of het is te lang geleden.',
            'ideaId',
          )
        }
        const restored: Idea = { ...before, updatedAt: nowIso(clock) }
        data.ideas[data.ideas.indexOf(idea)] = restored
        return restored
      }),

    'idea.addFeedback': async ({
      ideaId,
      channel,
      date,
      note,
    }: ApiParsedInput<'idea.addFeedback'>): Promise<Idea> =>
      requireStore(stores).update((data) => {
        const idea = findLive(data, 'ideas', ideaId)
        if (idea.status === 'samengevoegd') {
          throw new ApiFailure(
            'CONFLICT',
            'Dit idee is samengevoegd; leg de terugkoppeling vast bij het idee waarin het opging.',
            'ideaId',
          )
        }
        const day = date ?? localDate(clock)
        notInFuture(day)
        idea.feedback.push({ date: day, channel, note, statusAtFeedback: idea.status })
        idea.history.push(
          historyEntry(
            data,
            idea.status,
            `Teruggekoppeld aan bewoners (status: ${ideaStatusWords[idea.status]}).${note ? ` ${note}` : ''}`,
            day,
          ),
        )
        idea.updatedAt = nowIso(clock)
        return idea
      }),
  }
}
