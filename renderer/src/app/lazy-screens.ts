import { api } from '../api/client'
import { prefetchAnswer } from '../api/primed-answers'
import { preloadCharts } from '../components/charts/ChartFigure'
import { lazyScreen } from './lazy-screen'

// Every screen but the dashboard loads its code when first opened; the first screen needs only the
// shell, the dashboard and the API client. `preloadScreens` fetches the rest in idle time.

export const StreetsRoutes = lazyScreen(() =>
  import('../features/streets/StreetsRoutes').then((m) => m.StreetsRoutes),
)
export const SessionsRoutes = lazyScreen(() =>
  import('../features/sessions/SessionsRoutes').then((m) => m.SessionsRoutes),
)
export const IdeasPage = lazyScreen(() => import('../features/ideas/IdeasPage').then((m) => m.IdeasPage))
export const IdeaPage = lazyScreen(() => import('../features/ideas/IdeaPage').then((m) => m.IdeaPage))
export const ResidentsPage = lazyScreen(() =>
  import('../features/residents/ResidentsPage').then((m) => m.ResidentsPage),
)
export const PartnersPage = lazyScreen(() =>
  import('../features/partners/PartnersPage').then((m) => m.PartnersPage),
)
export const ReportsPage = lazyScreen(() =>
  import('../features/reports/ReportsPage').then((m) => m.ReportsPage),
)
export const PresentationPage = lazyScreen(() =>
  import('../features/presentation/PresentationPage').then((m) => m.PresentationPage),
)
export const SettingsPage = lazyScreen(() =>
  import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
)
export const PrivacyPage = lazyScreen(() =>
  import('../features/privacy/PrivacyPage').then((m) => m.PrivacyPage),
)
export const NewProgrammePage = lazyScreen(() =>
  import('../features/programme/NewProgrammePage').then((m) => m.NewProgrammePage),
)
export const QuickAddDialog = lazyScreen(() =>
  import('../features/quick-add/QuickAddDialog').then((m) => m.QuickAddDialog),
)
// Only ever the first screen (no programme yet, or a damaged store): not preloaded.
export const FirstRunPage = lazyScreen(() =>
  import('../features/first-run/FirstRunPage').then((m) => m.FirstRunPage),
)
export const RecoveryPage = lazyScreen(() =>
  import('../features/recovery/RecoveryPage').then((m) => m.RecoveryPage),
)

/**
 * In the order a coach most likely opens them after the dashboard, starting with the calendar (its
 * code and the programme's sessions).
 */
const preloadOrder = (programmeId: string): ReadonlyArray<() => Promise<unknown>> => [
  SessionsRoutes.preload,
  () => prefetchAnswer('session.list', { programmeId }, () => api.call('session.list', { programmeId })),
  preloadCharts,
  StreetsRoutes.preload,
  IdeasPage.preload,
  QuickAddDialog.preload,
  IdeaPage.preload,
  ResidentsPage.preload,
  PartnersPage.preload,
  ReportsPage.preload,
  PresentationPage.preload,
  SettingsPage.preload,
  PrivacyPage.preload,
  NewProgrammePage.preload,
]

let preloading = false

/**
 * Loads every screen's code, one at a time, whenever the browser is idle, so the coach's next click
 * opens its screen at once; the calendar also gets the sessions of `programmeId`, the active programme.
 * Starts only once; call after the first screen has painted. A screen that fails to load here simply
 * loads (or reports its failure) when opened.
 */
export function preloadScreens(programmeId: string): void {
  if (preloading) return
  preloading = true
  const queue = [...preloadOrder(programmeId)]
  const next = (): void => {
    const load = queue.shift()
    if (load === undefined) return
    whenIdle(() => {
      load().then(next, next)
    })
  }
  next()
}

/** Runs `work` when the main thread has nothing else to do (or after a moment where that is unknown). */
function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, { timeout: 2000 })
  else window.setTimeout(work, 50)
}
