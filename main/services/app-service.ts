import { type AppStatus } from '../../shared/api'
import { type ServiceDeps } from './types'

/** app.status: where the app and its store stand (normal, or recovery after a problem). */
export function createAppService({ stores, appVersion }: ServiceDeps) {
  return {
    'app.status': async (): Promise<AppStatus> => {
      const state = stores.state()
      const writeError = stores.lastWriteError()
      const base = {
        appVersion,
        dataDir: stores.dataDir,
        ...(writeError ? { lastWriteError: writeError } : {}),
      }
      if (state.status === 'recovery') {
        return { ...base, store: 'recovery', problem: state.problem, firstRun: false }
      }
      const firstRun = !state.store.read().programmes.some((p) => !p.deletedAt)
      return { ...base, store: 'ok', firstRun }
    },
  }
}
