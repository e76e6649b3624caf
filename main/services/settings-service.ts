import { ApiFailure, type ApiParsedInput } from '../../shared/api'
import { type Settings } from '../../shared/model'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** settings.get and settings.update. */
export function createSettingsService({ stores }: ServiceDeps) {
  return {
    'settings.get': async (): Promise<Settings> => structuredClone(requireStore(stores).read().settings),

    'settings.update': async (patch: ApiParsedInput<'settings.update'>): Promise<Settings> => {
      return requireStore(stores).update((data) => {
        if (patch.activeProgrammeId !== undefined) {
          const exists = data.programmes.some((p) => p.id === patch.activeProgrammeId && !p.deletedAt)
          if (!exists)
            throw new ApiFailure(
              'NOT_FOUND',
              'Actief programma: dit programma bestaat niet (meer).',
              'activeProgrammeId',
            )
        }
        // Only keys the coach actually sent change; zod already dropped nothing unknown (strict schema).
        for (const [key, value] of Object.entries(patch) as Array<[keyof Settings, unknown]>) {
          if (value !== undefined) (data.settings as Record<keyof Settings, unknown>)[key] = value
        }
        return data.settings
      })
    },
  }
}
