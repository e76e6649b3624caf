import { describe, expect, it } from 'vitest'
import { createAppLocation } from '../../../main/security/app-location'
import {
  decideNavigation,
  decideWindowOpen,
  externalHttpsUrl,
  isTrustedSender,
} from '../../../main/security/navigation'

const location = createAppLocation(undefined)
const devLocation = createAppLocation('http://localhost:5173/')
const indexUrl = 'app://krachtstroom/index.html'

describe('externalHttpsUrl', () => {
  it('passes plain https links', () => {
    expect(externalHttpsUrl('https://www.oldebroek.nl/voor-mekaar')).toBe(
      'https://www.oldebroek.nl/voor-mekaar',
    )
  })

  it('refuses every other scheme and disguised hosts', () => {
    for (const url of [
      'http://www.oldebroek.nl/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:coach@example.org',
      'smb://server/share',
      'ms-msdt:/id',
      'https://gemeente.nl@evil.example/',
      'https://user:pw@example.org/',
      'not a url',
      '',
    ]) {
      expect(externalHttpsUrl(url)).toBeUndefined()
    }
  })
})

describe('decideNavigation', () => {
  it('allows the app itself', () => {
    expect(decideNavigation(`${indexUrl}#/ideeen`, location)).toEqual({ allow: true })
    expect(decideNavigation('http://localhost:5173/', devLocation)).toEqual({ allow: true })
  })

  it('refuses websites but offers https ones to the system browser', () => {
    expect(decideNavigation('https://example.org/', location)).toEqual({
      allow: false,
      openExternally: 'https://example.org/',
    })
    expect(decideNavigation('http://example.org/', location)).toEqual({ allow: false })
  })

  it('refuses local files, other pages of the app scheme and special schemes outright', () => {
    expect(decideNavigation('file:///app/out/renderer/index.html', location)).toEqual({ allow: false })
    expect(decideNavigation('app://krachtstroom/evil.html', location)).toEqual({ allow: false })
    expect(decideNavigation('app://other/index.html', location)).toEqual({ allow: false })
    expect(decideNavigation('data:text/html,<script>alert(1)</script>', location)).toEqual({ allow: false })
    expect(decideNavigation('http://localhost:5173/', location)).toEqual({ allow: false })
  })
})

describe('decideWindowOpen', () => {
  it('never opens an Electron window, even for the app itself', () => {
    expect(decideWindowOpen(indexUrl)).toEqual({ allow: false })
  })

  it('hands https links to the system browser and drops the rest', () => {
    expect(decideWindowOpen('https://example.org/a?b=c')).toEqual({
      allow: false,
      openExternally: 'https://example.org/a?b=c',
    })
    expect(decideWindowOpen('http://example.org/')).toEqual({ allow: false })
    expect(decideWindowOpen('file:///C:/Windows/System32/calc.exe')).toEqual({ allow: false })
  })
})

describe('isTrustedSender', () => {
  it('trusts the top frame of the app page', () => {
    expect(isTrustedSender({ url: indexUrl, parent: null }, location)).toBe(true)
    expect(isTrustedSender({ url: `${indexUrl}#/straten`, parent: null }, location)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/#/', parent: null }, devLocation)).toBe(true)
  })

  it('distrusts a missing frame, an embedded frame and any other page', () => {
    expect(isTrustedSender(null, location)).toBe(false)
    expect(isTrustedSender(undefined, location)).toBe(false)
    expect(isTrustedSender({ url: indexUrl, parent: { url: indexUrl } }, location)).toBe(false)
    expect(isTrustedSender({ url: 'https://example.org/', parent: null }, location)).toBe(false)
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, location)).toBe(false)
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null }, location)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, location)).toBe(false)
    expect(isTrustedSender({ url: '', parent: null }, location)).toBe(false)
  })
})
