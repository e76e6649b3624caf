import { type Session } from 'electron'
import { withContentSecurityPolicy } from './csp'
import {
  createPermissionCheckHandler,
  createPermissionRequestHandler,
  denyDevicePermission,
} from './permissions'

/** How the window's session is locked down. */
export interface SessionHardening {
  /**
   * The policy to add as a header to every response, or undefined to leave headers alone (the Vite
   * dev server, whose hot reload needs an inline script; renderer/index.html still carries the policy
   * as a meta tag).
   */
  readonly contentSecurityPolicy: string | undefined
  /** Spell-check languages, most important first (ignored on macOS, which uses the system checker). */
  readonly spellCheckerLanguages: readonly string[]
  readonly platform: NodeJS.Platform
}

/**
 * Denies every permission request and check (camera, location, notifications, devices, ...), adds the
 * Content-Security-Policy header to every response and sets the spell-check languages.
 */
export function hardenSession(session: Session, options: SessionHardening): void {
  session.setPermissionRequestHandler(createPermissionRequestHandler())
  session.setPermissionCheckHandler(createPermissionCheckHandler())
  session.setDevicePermissionHandler(denyDevicePermission)

  const policy = options.contentSecurityPolicy
  if (policy !== undefined) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
    })
  }

  if (options.platform !== 'darwin') {
    const available = new Set(session.availableSpellCheckerLanguages)
    const languages = options.spellCheckerLanguages.filter((language) => available.has(language))
    if (languages.length > 0) session.setSpellCheckerLanguages(languages)
  }
}
