import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../../main/security/csp'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    }),
  )
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY)

  it('allows no inline code, no eval and nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:/,
    )
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
  })

  it('shuts plugins, base tags, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('allows data: and blob: images and data: fonts only', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(policy.get('font-src')).toEqual(["'self'", 'data:'])
  })

  it('is the exact string the web host and index.html share', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })
})

describe('withContentSecurityPolicy', () => {
  it('adds the policy and keeps other headers', () => {
    const result = withContentSecurityPolicy({ 'Content-Type': ['text/html'] })
    expect(result).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })

  it('works without any headers (file:// responses)', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })

  it('keeps a policy the response already had next to ours, whatever its case', () => {
    const result = withContentSecurityPolicy({ 'content-security-policy': ["script-src 'none'"] })
    expect(result).toEqual({ 'Content-Security-Policy': ["script-src 'none'", CONTENT_SECURITY_POLICY] })
  })

  it('does not add the same policy twice', () => {
    const once = withContentSecurityPolicy({})
    expect(withContentSecurityPolicy(once)).toEqual(once)
  })

  it('does not change the headers it was given', () => {
    const headers = { 'X-Test': ['1'] }
    withContentSecurityPolicy(headers)
    expect(headers).toEqual({ 'X-Test': ['1'] })
  })
})
