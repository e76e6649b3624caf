import { timingSafeEqual } from 'node:crypto'
import { type IncomingHttpHeaders } from 'node:http'

/**
 * Checks a request's `Authorization: Bearer <token>` against the host's token in constant time, so
 * another local program cannot guess it byte by byte.
 */
export function hasValidToken(headers: IncomingHttpHeaders, token: string): boolean {
  const header = headers.authorization
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length).trim(), 'utf8')
  const expected = Buffer.from(token, 'utf8')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * True when the Host header names this host exactly (127.0.0.1 or localhost on our port). This stops
 * DNS rebinding: a web page on evil.example resolving to 127.0.0.1 still sends its own Host header.
 */
export function hasAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/**
 * True when the request has no Origin (same-origin GET, curl, tests) or our own origin. A page of
 * another origin never gets to call the API, even with a leaked token.
 */
export function hasAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}
