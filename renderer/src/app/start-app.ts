import { type AppStart } from '../../../shared/api/contract'
import { api } from '../api/client'
import { primeAnswer, primeValue } from '../api/primed-answers'
import { captureWebToken } from '../api/web-token'

/**
 * Asks the host for everything the first screen needs (`app.start`) before React has even started, so
 * the answer is on its way while the app's code runs, and offers its parts to the screens that will ask
 * for them: the startup gate (`app.status`), the programme gate (`programme.list`, `settings.get`) and
 * the dashboard (`stats.programme` of the active programme), the header's and sidebar's sharing state
 * (`sync.status`, `sync.settings`). They then render with their data at once
 * instead of calling the host one after another. Call once, first thing. Settles (never fails) once
 * the answer is in, or the call failed (the startup gate then shows the failure).
 */
export function startApp(): Promise<void> {
  captureWebToken()
  const start = api.call('app.start')
  const status = start.then((answer) => {
    primeParts(answer)
    return answer.status
  })
  primeAnswer('app.status', undefined, status)
  return status.then(
    () => undefined,
    () => undefined,
  )
}

/** Offers the parts that only matter once the status is known; they are in by the time it renders. */
function primeParts(answer: AppStart): void {
  if (answer.settings === undefined) return
  primeValue('programme.list', undefined, answer.programmes)
  primeValue('settings.get', undefined, answer.settings)
  if (answer.sync !== undefined) {
    primeValue('sync.status', undefined, answer.sync.status)
    primeValue('sync.settings', undefined, answer.sync.settings)
  }
  if (answer.dashboard !== undefined) {
    const { programmeId, stats } = answer.dashboard
    primeValue('stats.programme', { programmeId }, stats)
  }
}
