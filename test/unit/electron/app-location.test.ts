import { describe, expect, it } from 'vitest'
import { createAppLocation, devServerUrlFrom, isAppUrl } from '../../../main/security/app-location'

const posix = createAppLocation(
  '/opt/Krachtstroom Coach/resources/app.asar/out/renderer/index.html',
  undefined,
  'linux',
)
const windows = createAppLocation(
  'C:\\Users\\Coach\\AppData\\Local\\Programs\\Krachtstroom Coach\\resources\\app.asar\\out\\renderer\\index.html',
  undefined,
  'win32',
)
const dev = createAppLocation('/work/out/renderer/index.html', 'http://localhost:5173/', 'linux')

describe('isAppUrl', () => {
  it('accepts the index file, with any #route or query', () => {
    expect(isAppUrl(posix.indexFileUrl, posix)).toBe(true)
    expect(
      isAppUrl('file:///opt/Krachtstroom%20Coach/resources/app.asar/out/renderer/index.html#/ideeen', posix),
    ).toBe(true)
    expect(
      isAppUrl('file:///opt/Krachtstroom%20Coach/resources/app.asar/out/renderer/index.html?x=1', posix),
    ).toBe(true)
  })

  it('refuses other files, even next to the index or reached through ..', () => {
    expect(
      isAppUrl('file:///opt/Krachtstroom%20Coach/resources/app.asar/out/renderer/other.html', posix),
    ).toBe(false)
    expect(isAppUrl('file:///etc/passwd', posix)).toBe(false)
    expect(
      isAppUrl('file:///opt/Krachtstroom%20Coach/resources/app.asar/out/renderer/x/../../index.html', posix),
    ).toBe(false)
    expect(
      isAppUrl('file://otherhost/opt/Krachtstroom%20Coach/resources/app.asar/out/renderer/index.html', posix),
    ).toBe(false)
  })

  it('refuses web pages, data: and javascript: URLs and garbage', () => {
    for (const url of [
      'https://example.org/',
      'http://localhost:5173/',
      'data:text/html,hi',
      'javascript:alert(1)',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url, posix)).toBe(false)
    }
  })

  it('ignores case on Windows only', () => {
    expect(windows.indexFileUrl.startsWith('file:///C:/Users/Coach/')).toBe(true)
    expect(isAppUrl(windows.indexFileUrl.toLowerCase(), windows)).toBe(true)
    expect(isAppUrl(posix.indexFileUrl.replace('renderer', 'RENDERER'), posix)).toBe(false)
  })

  it('accepts any page of the dev server origin, and only that origin', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/straten', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppUrl('file:///work/out/renderer/index.html', dev)).toBe(true)
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
