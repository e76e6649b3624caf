import { describe, expect, it } from 'vitest'
import { createAppLocation, devServerUrlFrom, isAppUrl } from '../../../main/security/app-location'

const built = createAppLocation(undefined)
const dev = createAppLocation('http://localhost:5173/')

describe('isAppUrl', () => {
  it("accepts the app's page on its scheme, with any #route or query", () => {
    for (const url of [
      'app://krachtstroom/index.html',
      'app://krachtstroom/index.html#/ideeen',
      'app://krachtstroom/index.html?x=1',
      'app://krachtstroom/',
      'app://krachtstroom',
      'app://KRACHTSTROOM/index.html',
      'app://krachtstroom/assets/../index.html',
    ]) {
      expect(isAppUrl(url, built), url).toBe(true)
    }
  })

  it('refuses other files of the scheme, other hosts, credentials, ports and file: URLs', () => {
    for (const url of [
      'app://krachtstroom/assets/index-1a2b.js',
      'app://krachtstroom/other.html',
      'app://krachtstroom/INDEX.html',
      'app://other/index.html',
      'app://krachtstroom.evil.example/index.html',
      'app://user:pw@krachtstroom/index.html',
      'app://krachtstroom:8080/index.html',
      'app:index.html',
      'file:///opt/Krachtstroom%20Coach/resources/app.asar/out/renderer/index.html',
      'file:///etc/passwd',
    ]) {
      expect(isAppUrl(url, built), url).toBe(false)
    }
  })

  it('refuses web pages, data: and javascript: URLs and garbage', () => {
    for (const url of [
      'https://example.org/',
      'https://krachtstroom/index.html',
      'http://localhost:5173/',
      'data:text/html,hi',
      'javascript:alert(1)',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url, built), url).toBe(false)
    }
  })

  it('accepts any page of the dev server origin, and only that origin', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/straten', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppUrl('app://krachtstroom/index.html', dev)).toBe(true)
  })
})

describe('devServerUrlFrom', () => {
  it('uses ELECTRON_RENDERER_URL on the loopback interface during development', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(
      'http://localhost:5173/',
    )
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe(
      'http://127.0.0.1:5173/',
    )
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://[::1]:5173/' }, false)).toBe(
      'http://[::1]:5173/',
    )
  })

  it('is never used by a packaged app', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined()
  })

  it('refuses other hosts, schemes, credentials and garbage', () => {
    for (const value of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'http://user:pw@localhost:5173/',
      'javascript:alert(1)',
      'nonsense',
      '',
    ]) {
      expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: value }, false)).toBeUndefined()
    }
    expect(devServerUrlFrom({}, false)).toBeUndefined()
  })
})
