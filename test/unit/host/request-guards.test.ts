import { describe, expect, it } from 'vitest'
import { hasAllowedHost, hasAllowedOrigin, hasValidToken } from '../../../main/host/request-guards'

const token = 'abcdefghijklmnopqrstuvwx'

describe('web host request guards', () => {
  it('accepts only the exact bearer token', () => {
    expect(hasValidToken({ authorization: `Bearer ${token}` }, token)).toBe(true)
    expect(hasValidToken({}, token)).toBe(false)
    expect(hasValidToken({ authorization: token }, token)).toBe(false)
    expect(hasValidToken({ authorization: `Bearer ${token}x` }, token)).toBe(false)
    expect(hasValidToken({ authorization: `Bearer ${token.slice(1)}` }, token)).toBe(false)
    expect(hasValidToken({ authorization: 'Bearer ' }, token)).toBe(false)
  })

  it('accepts only our own host and port (DNS rebinding)', () => {
    expect(hasAllowedHost({ host: '127.0.0.1:4815' }, 4815)).toBe(true)
    expect(hasAllowedHost({ host: 'localhost:4815' }, 4815)).toBe(true)
    expect(hasAllowedHost({ host: 'evil.example:4815' }, 4815)).toBe(false)
    expect(hasAllowedHost({ host: '127.0.0.1:80' }, 4815)).toBe(false)
    expect(hasAllowedHost({}, 4815)).toBe(false)
  })

  it('accepts no Origin or our own origin only', () => {
    expect(hasAllowedOrigin({}, 4815)).toBe(true)
    expect(hasAllowedOrigin({ origin: 'http://127.0.0.1:4815' }, 4815)).toBe(true)
    expect(hasAllowedOrigin({ origin: 'http://evil.example' }, 4815)).toBe(false)
    expect(hasAllowedOrigin({ origin: 'null' }, 4815)).toBe(false)
  })
})
