import { notFound, type ApiParsedInput } from '../../shared/api'
import { starterPartnerName } from '../../shared/domain/starter-partners'
import { defaultThemes } from '../../shared/domain/themes'
import { type Programme, type ProgrammeSummary, type StoreData } from '../../shared/model'
import { nowIso } from './clock'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** A live (not deleted) programme by id, or a NOT_FOUND failure naming the field. */
export function findProgramme(data: Readonly<StoreData>, programmeId: string): Programme {
  const programme = data.programmes.find((p) => p.id === programmeId && !p.deletedAt)
  if (!programme) throw notFound('Dit programma', 'programmeId', 'This programme')
  return programme
}

function summarise(programme: Programme): ProgrammeSummary {
  return {
    id: programme.id,
    name: programme.name,
    gemeente: programme.gemeente,
    period: programme.period,
    isDemo: programme.isDemo,
  }
}

/** programme.list, programme.get, programme.create, programme.update. */
export function createProgrammeService({ stores, clock, newId }: ServiceDeps) {
  return {
    'programme.list': async (): Promise<ProgrammeSummary[]> => {
      const data = requireStore(stores).read()
      return data.programmes
        .filter((p) => !p.deletedAt)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map(summarise)
    },

    'programme.get': async ({ programmeId }: ApiParsedInput<'programme.get'>): Promise<Programme> => {
      return structuredClone(findProgramme(requireStore(stores).read(), programmeId))
    },

    'programme.create': async (draft: ApiParsedInput<'programme.create'>): Promise<Programme> => {
      const now = nowIso(clock)
      const programme: Programme = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        name: draft.name,
        gemeente: draft.gemeente,
        description: draft.description,
        period: draft.period,
        goals: draft.goals,
        themes: defaultThemes(),
        isDemo: false,
      }
      await requireStore(stores).update((data) => {
        data.programmes.push(programme)
        data.settings.activeProgrammeId = programme.id
        for (const kind of new Set(draft.starterPartners)) {
          data.partners.push({
            id: newId(),
            createdAt: now,
            updatedAt: now,
            programmeId: programme.id,
            name: starterPartnerName(kind, draft.gemeente),
            kind,
            contacts: [],
            notes: '',
          })
        }
      })
      return structuredClone(programme)
    },

    'programme.update': async ({
      programmeId,
      ...changes
    }: ApiParsedInput<'programme.update'>): Promise<Programme> => {
      const store = requireStore(stores)
      return store.update((data) => {
        const programme = findProgramme(data, programmeId)
        if (changes.period) {
          programme.period = changes.period
        }
        if (changes.name !== undefined) programme.name = changes.name
        if (changes.gemeente !== undefined) programme.gemeente = changes.gemeente
        if (changes.description !== undefined) programme.description = changes.description
        if (changes.goals) programme.goals = changes.goals
        if (changes.themes) programme.themes = changes.themes
        programme.updatedAt = nowIso(clock)
        return programme
      })
    },
  }
}
