import { type ApiParsedInput, type IdeaDetail, type IdeaListItem } from '../../shared/api'
import { formatHouseNumber } from '../../shared/domain/house-number'
import { type Idea } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { checkIdeaReferences } from './idea-references'
import { filterIdeas, ideaListItem, ideaViewContext } from './idea-views'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** idea.list, idea.get, idea.create, idea.update. */
export function createIdeaService({ stores, clock, newId }: ServiceDeps) {
  return {
    'idea.list': async ({ programmeId, ...filter }: ApiParsedInput<'idea.list'>): Promise<IdeaListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const context = ideaViewContext(data, programmeId, localDate(clock))
      return filterIdeas(data, programmeId, filter, context).map((idea) => ideaListItem(idea, context))
    },

    'idea.get': async ({ ideaId }: ApiParsedInput<'idea.get'>): Promise<IdeaDetail> => {
      const data = requireStore(stores).read()
      const idea = findLive(data, 'ideas', ideaId)
      const context = ideaViewContext(data, idea.programmeId, localDate(clock))
      const address = idea.addressId ? data.addresses.find((a) => a.id === idea.addressId) : undefined
      const session = idea.sessionId ? data.sessions.find((s) => s.id === idea.sessionId) : undefined
      const mergedInto = idea.mergedIntoId ? data.ideas.find((i) => i.id === idea.mergedIntoId) : undefined
      return structuredClone({
        ...ideaListItem(idea, context),
        ...(address ? { addressLabel: formatHouseNumber(address.houseNumber, address.addition) } : {}),
        ...(session ? { sessionTitle: session.title } : {}),
        ...(mergedInto ? { mergedInto: { id: mergedInto.id, title: mergedInto.title } } : {}),
        mergedFrom: data.ideas
          .filter((other) => other.mergedIntoId === idea.id && !other.deletedAt)
          .map((other) => ({ id: other.id, title: other.title })),
        actions: data.actions
          .filter((a) => a.ideaId === idea.id && !a.deletedAt)
          .sort(
            (a, b) => Number(a.done) - Number(b.done) || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
          ),
      })
    },

    'idea.create': async (input: ApiParsedInput<'idea.create'>): Promise<Idea> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        checkIdeaReferences(data, input.programmeId, {
          streetId: input.streetId,
          addressId: input.addressId,
          sessionId: input.sessionId,
          themes: input.themes,
          initiatorAddressIds: input.initiators.map((i) => i.addressId),
        })
        // An address implies its street.
        const streetId =
          input.streetId ??
          (input.addressId ? findLive(data, 'addresses', input.addressId).streetId : undefined)
        const now = nowIso(clock)
        const collectedOn = input.collectedOn ?? localDate(clock)
        const idea: Idea = {
          id: newId(),
          programmeId: input.programmeId,
          createdAt: now,
          updatedAt: now,
          title: input.title,
          description: input.description,
          ...(streetId ? { streetId } : {}),
          ...(input.addressId ? { addressId: input.addressId } : {}),
          themes: [...new Set(input.themes)],
          ingredients: [...new Set(input.ingredients)],
          scope: input.scope,
          initiators: input.initiators,
          supporters: input.supporters,
          needs: [...new Set(input.needs)],
          ...(input.sessionId ? { sessionId: input.sessionId } : {}),
          collectedOn,
          status: 'opgehaald',
          history: [
            {
              at: now,
              date: collectedOn,
              status: 'opgehaald',
              by: data.settings.authorName,
              note: 'Idee opgehaald.',
            },
          ],
          owners: [],
          feedback: [],
          highlighted: false,
          whatChanged: '',
        }
        data.ideas.push(idea)
        return idea
      }),

    'idea.update': async ({ ideaId, ...changes }: ApiParsedInput<'idea.update'>): Promise<Idea> =>
      requireStore(stores).update((data) => {
        const idea = findLive(data, 'ideas', ideaId)
        const streetId = changes.streetId === undefined ? idea.streetId : changes.streetId
        const addressId = changes.addressId === undefined ? idea.addressId : changes.addressId
        checkIdeaReferences(data, idea.programmeId, {
          streetId,
          addressId,
          sessionId: changes.sessionId,
          themes: changes.themes,
          initiatorAddressIds: changes.initiators?.map((i) => i.addressId),
        })
        const setLink = (
          key: 'streetId' | 'addressId' | 'sessionId',
          value: string | null | undefined,
        ): void => {
          if (value === null) delete idea[key]
          else if (value !== undefined) idea[key] = value
        }
        setLink('streetId', changes.streetId)
        setLink('addressId', changes.addressId)
        setLink('sessionId', changes.sessionId)
        if (changes.title !== undefined) idea.title = changes.title
        if (changes.description !== undefined) idea.description = changes.description
        if (changes.themes) idea.themes = [...new Set(changes.themes)]
        if (changes.ingredients) idea.ingredients = [...new Set(changes.ingredients)]
        if (changes.scope) idea.scope = changes.scope
        if (changes.initiators) idea.initiators = changes.initiators
        if (changes.supporters !== undefined) idea.supporters = changes.supporters
        if (changes.needs) idea.needs = [...new Set(changes.needs)]
        if (changes.collectedOn) {
          // The first step of the history is the collection: it moves with the date it was collected on.
          const collection = idea.history[0]
          if (collection?.status === 'opgehaald' && collection.date === idea.collectedOn)
            collection.date = changes.collectedOn
          idea.collectedOn = changes.collectedOn
        }
        if (changes.highlighted !== undefined) idea.highlighted = changes.highlighted
        if (changes.whatChanged !== undefined) idea.whatChanged = changes.whatChanged
        idea.updatedAt = nowIso(clock)
        return idea
      }),
  }
}
