import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../../main/app-protocol'
import { isAppUrl, createAppLocation } from '../../../main/security/app-location'
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp'

let outside: string
let handler: (request: Request) => Promise<Response>

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'kc-scheme-'))
  const root = join(outside, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(root, 'assets', 'sessions-1a2b.js'), 'export const page = 1')
  await writeFile(join(root, 'assets', 'sessions-1a2b.css'), '.x{}')
  await writeFile(join(outside, 'secret.json'), '{"secret":true}')
  handler = createAppProtocolHandler(root)
})
afterAll(() => rm(outside, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => handler(new Request(url, { method }))

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme with code cache, and no more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    })
  })

  it("opens on the app's own page, which the navigation guard accepts", async () => {
    expect(APP_INDEX_URL).toBe('app://krachtstroom/index.html')
    expect(isAppUrl(APP_INDEX_URL, createAppLocation(undefined))).toBe(true)
    const page = await get(APP_INDEX_URL)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe('<!doctype html><title>app</title>')
    expect(page.headers.get('cache-control')).toBe('no-cache')
  })

  it('serves lazily loaded chunks and their CSS with type, CSP and long caching', async () => {
    const script = await get('app://krachtstroom/assets/sessions-1a2b.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await script.text()).toBe('export const page = 1')
    const style = await get('app://krachtstroom/assets/sessions-1a2b.css')
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('routes paths without an extension to the page (the app routes itself)', async () => {
    expect(await (await get('app://krachtstroom/sessies')).text()).toContain('<title>app</title>')
  })

  it('gives nothing outside the renderer folder and nothing for another host', async () => {
    for (const url of [
      'app://krachtstroom/%2e%2e/secret.json',
      'app://krachtstroom/..%2fsecret.json',
      'app://krachtstroom/assets/..%2f..%2fsecret.json',
      'app://krachtstroom/%00',
      'app://krachtstroom/assets/missing.js',
      'app://other/index.html',
    ]) {
      const answer = await get(url)
      expect(answer.status, url).toBe(404)
      expect(await answer.text()).not.toContain('secret')
    }
  })

  it('answers only GET and HEAD', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const post = await get(APP_INDEX_URL, 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })
})
