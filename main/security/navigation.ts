import { isAppUrl, parseUrl, type AppLocation } from './app-location'

/** What to do with a navigation or a request to open a window. */
export interface NavigationDecision {
  /** True only for the app's own page. */
  readonly allow: boolean
  /** A vetted https URL to hand to the system browser instead, if any. */
  readonly openExternally?: string
}

/**
 * The only links the app hands to the system browser: https, without user name or password (which
 * can disguise the real host, as in `https://gemeente.nl@evil.example`). Returns the normalised URL.
 */
export function externalHttpsUrl(url: string): string | undefined {
  const parsed = parseUrl(url)
  if (parsed === undefined || parsed.protocol !== 'https:') return undefined
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined
  return parsed.href
}

/**
 * `will-navigate`, `will-frame-navigate` and `will-redirect`: the window may only ever show the app's
 * own page. A link to a website is refused here and opened in the system browser when it is https.
 */
export function decideNavigation(url: string, location: AppLocation): NavigationDecision {
  if (isAppUrl(url, location)) return { allow: true }
  const external = externalHttpsUrl(url)
  return external === undefined ? { allow: false } : { allow: false, openExternally: external }
}

/**
 * `setWindowOpenHandler`: the app never opens a second Electron window. `window.open` or a
 * `target="_blank"` link to an https page opens in the system browser; anything else is dropped.
 */
export function decideWindowOpen(url: string): NavigationDecision {
  const external = externalHttpsUrl(url)
  return external === undefined ? { allow: false } : { allow: false, openExternally: external }
}

/** The part of Electron's `WebFrameMain` the sender check needs. */
export interface SenderFrame {
  readonly url: string
  readonly parent: unknown
}

/**
 * The IPC sender check: only the top frame of the app's own page may call the API. A frame that is
 * gone (`null`), an embedded frame or any other page gets no answer.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, location: AppLocation): boolean {
  if (frame === null || frame === undefined) return false
  if (frame.parent !== null) return false
  return isAppUrl(frame.url, location)
}
