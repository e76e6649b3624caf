import { type AppStart } from '../../shared/api'
import { activeProgrammeOf } from '../../shared/domain/active-programme'
import { type ServiceHandlers } from './types'

/** The methods app.start is made of. */
type StartParts = Pick<
  ServiceHandlers,
  'app.status' | 'programme.list' | 'settings.get' | 'stats.programme' | 'sync.status' | 'sync.settings'
>

/**
 * app.start: the first screen's data in one answer, built from the very handlers of `app.status`,
 * `programme.list`, `settings.get`, `stats.programme`, `sync.status` and `sync.settings`, so each part
 * is exactly what the renderer would otherwise have fetched one after another.
 */
export function createAppStartService(parts: StartParts) {
  return {
    'app.start': async (): Promise<AppStart> => {
      const status = await parts['app.status']({})
      if (status.store !== 'ok') return { status, programmes: [] }
      const [programmes, settings, sync] = await Promise.all([
        parts['programme.list']({}),
        parts['settings.get']({}),
        syncPart(parts),
      ])
      const withSync = sync ? { sync } : {}
      const active = activeProgrammeOf(programmes, settings.activeProgrammeId)
      if (active === undefined) return { status, programmes, settings, ...withSync }
      const stats = await parts['stats.programme']({ programmeId: active.id })
      return { status, programmes, settings, dashboard: { programmeId: active.id, stats }, ...withSync }
    },
  }
}

/** Where sharing stands, or undefined where this host cannot share (the header then shows nothing). */
async function syncPart(parts: StartParts): Promise<AppStart['sync']> {
  try {
    const [status, settings] = await Promise.all([parts['sync.status']({}), parts['sync.settings']({})])
    return { status, settings }
  } catch {
    return undefined
  }
}
