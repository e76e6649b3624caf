import { type Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp'
import { hardenSession } from '../../../main/security/harden-session'

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void

function fakeSession() {
  let headersListener: HeadersListener | undefined
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    availableSpellCheckerLanguages: ['de', 'en-GB', 'en-US', 'nl'],
    webRequest: {
      onHeadersReceived: vi.fn((listener: HeadersListener) => {
        headersListener = listener
      }),
    },
  }
  return { session, asSession: session as unknown as Session, headersListener: () => headersListener }
}

describe('hardenSession', () => {
  it('installs handlers that deny every permission and device', () => {
    const { session, asSession } = fakeSession()
    hardenSession(asSession, {
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      spellCheckerLanguages: ['nl'],
      platform: 'linux',
    })
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      w: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (w: unknown, p: string) => boolean
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean
    const callback = vi.fn()
    request(null, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(check(null, 'geolocation')).toBe(false)
    expect(device()).toBe(false)
  })

  it('adds the policy header to every response', () => {
    const { asSession, headersListener } = fakeSession()
    hardenSession(asSession, {
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      spellCheckerLanguages: [],
      platform: 'linux',
    })
    const callback = vi.fn()
    headersListener()?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
  })

  it('leaves headers alone without a policy (dev server)', () => {
    const { session, asSession } = fakeSession()
    hardenSession(asSession, {
      contentSecurityPolicy: undefined,
      spellCheckerLanguages: [],
      platform: 'linux',
    })
    expect(session.webRequest.onHeadersReceived).not.toHaveBeenCalled()
  })

  it('sets the available spell-check languages, Dutch first, except on macOS', () => {
    const { session, asSession } = fakeSession()
    hardenSession(asSession, {
      contentSecurityPolicy: undefined,
      spellCheckerLanguages: ['nl', 'fy', 'en-US'],
      platform: 'win32',
    })
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['nl', 'en-US'])

    const mac = fakeSession()
    hardenSession(mac.asSession, {
      contentSecurityPolicy: undefined,
      spellCheckerLanguages: ['nl'],
      platform: 'darwin',
    })
    expect(mac.session.setSpellCheckerLanguages).not.toHaveBeenCalled()
  })
})
