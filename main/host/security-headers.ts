import { CONTENT_SECURITY_POLICY } from '../security/csp'

/**
 * Headers on every answer of both hosts (the web host and the desktop app's `app://` scheme): the
 * app's Content-Security-Policy, no MIME sniffing, no framing, no referrer, and no other site may
 * embed or open the app's resources.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}
