import { ApiFailure } from '../../shared/api'
import { type Store, type StoreManager } from '../store/types'

/** The loaded store, or a clear refusal while the app is in recovery. */
export function requireStore(stores: StoreManager): Store {
  const state = stores.state()
  if (state.status === 'ok') return state.store
  throw new ApiFailure(
    'STORE_UNAVAILABLE',
    'De gegevens konden niet worden geladen. Zet eerst een back-up terug of begin met een lege map.',
    undefined,
    'Your data could not be loaded. Restore a backup first, or start with an empty folder.',
  )
}
