import { type WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createAppLocation } from '../../../main/security/app-location'
import { hardenWebContents } from '../../../main/security/harden-web-contents'

type Listener = (event: { url?: string; preventDefault: () => void }) => void

/** A stand-in for a WebContents that records what the guards register. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener)
      return contents
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler
    },
  }
  const emit = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() }
    listeners.get(name)?.(event)
    return event
  }
  return {
    contents: contents as unknown as WebContents,
    listeners,
    emit,
    open: (url: string) => openHandler?.({ url }),
  }
}

const location = createAppLocation(undefined)
const indexUrl = 'app://krachtstroom/index.html'

describe('hardenWebContents', () => {
  function setup() {
    const fake = fakeContents()
    const openExternal = vi.fn()
    hardenWebContents(fake.contents, { location, openExternal })
    return { ...fake, openExternal }
  }

  it('registers every guard', () => {
    const { listeners } = setup()
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ])
  })

  it('lets the app navigate to itself', () => {
    const { emit, openExternal } = setup()
    expect(emit('will-navigate', `${indexUrl}#/x`).preventDefault).not.toHaveBeenCalled()
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('stops navigation to a website and opens https links in the browser', () => {
    const { emit, openExternal } = setup()
    expect(emit('will-navigate', 'https://example.org/').preventDefault).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/')
    expect(emit('will-navigate', 'http://example.org/').preventDefault).toHaveBeenCalled()
    expect(emit('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalled()
    expect(emit('will-navigate', 'app://krachtstroom/assets/x.js').preventDefault).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('stops redirects and frame navigation without opening anything', () => {
    const { emit, openExternal } = setup()
    expect(emit('will-redirect', 'https://example.org/').preventDefault).toHaveBeenCalled()
    expect(emit('will-frame-navigate', 'https://example.org/').preventDefault).toHaveBeenCalled()
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('never attaches a webview', () => {
    const { emit } = setup()
    expect(emit('will-attach-webview').preventDefault).toHaveBeenCalled()
  })

  it('denies every new window, opening only https links externally', () => {
    const { open, openExternal } = setup()
    expect(open('https://example.org/')).toEqual({ action: 'deny' })
    expect(open(indexUrl)).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/')
  })
})
