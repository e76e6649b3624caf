import { type WebContents } from 'electron'
import { type AppLocation } from './app-location'
import { decideNavigation, decideWindowOpen } from './navigation'

/** What the guards need from the outside world. */
export interface WebContentsGuardDeps {
  readonly location: AppLocation
  /** Opens a vetted https URL in the system browser (`shell.openExternal`). */
  readonly openExternal: (url: string) => void
}

/** An Electron navigation event, reduced to what the guards use. */
interface NavigationEvent {
  readonly url: string
  preventDefault(): void
}

/**
 * Locks one WebContents to the app's own page: navigation and redirects elsewhere are refused (an https
 * link the coach clicks opens in the system browser instead), new windows are never created and
 * `<webview>` tags are never attached. Installed for every WebContents through `web-contents-created`.
 */
export function hardenWebContents(contents: WebContents, deps: WebContentsGuardDeps): void {
  const refuseForeign = (event: NavigationEvent, openLinks: boolean): void => {
    const decision = decideNavigation(event.url, deps.location)
    if (decision.allow) return
    event.preventDefault()
    if (openLinks && decision.openExternally !== undefined) deps.openExternal(decision.openExternally)
  }
  contents.on('will-navigate', (event) => refuseForeign(event, true))
  contents.on('will-frame-navigate', (event) => refuseForeign(event, false))
  contents.on('will-redirect', (event) => refuseForeign(event, false))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    if (decision.openExternally !== undefined) deps.openExternal(decision.openExternally)
    return { action: 'deny' }
  })
}
