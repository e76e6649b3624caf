import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readStaticFile, serveStaticFile } from '../../../main/host/static-files'
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp'

let root: string
let outside: string

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'kc-static-'))
  root = join(outside, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(outside, 'secret.json'), '{"secret":true}')
})
afterAll(() => rm(outside, { recursive: true, force: true }))

describe('readStaticFile', () => {
  it('serves index.html at the root and for app routes', async () => {
    expect((await readStaticFile(root, '/'))?.contentType).toBe('text/html; charset=utf-8')
    expect((await readStaticFile(root, '/dashboard'))?.body.toString()).toContain('<title>app</title>')
  })

  it('serves assets with their content type', async () => {
    expect((await readStaticFile(root, '/assets/app.js'))?.contentType).toBe('text/javascript; charset=utf-8')
  })

  it('never leaves the renderer folder', async () => {
    for (const path of [
      '/../secret.json',
      '/..%2fsecret.json',
      '/%2e%2e/secret.json',
      '/assets/../../secret.json',
      '/%00',
    ]) {
      const file = await readStaticFile(root, path)
      expect(file?.body.toString() ?? '').not.toContain('secret')
    }
  })

  it('answers nothing for a missing asset', async () => {
    expect(await readStaticFile(root, '/assets/missing.js')).toBeUndefined()
  })
})

describe('serveStaticFile', () => {
  it('answers a file with the security headers, its type and length', async () => {
    const answer = await serveStaticFile(root, { method: 'GET', path: '/assets/app.js' })
    expect(answer.status).toBe(200)
    expect(answer.body?.toString()).toBe('console.log(1)')
    expect(answer.headers).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': String('console.log(1)'.length),
    })
  })

  it('lets hashed assets be cached for good, and has the page checked on every visit', async () => {
    const asset = await serveStaticFile(root, { method: 'GET', path: '/assets/app.js' })
    expect(asset.headers['Cache-Control']).toBe('public, max-age=31536000, immutable')
    const page = await serveStaticFile(root, { method: 'GET', path: '/' })
    expect(page.headers['Cache-Control']).toBe('no-cache')
    expect(page.body?.toString()).toContain('<title>app</title>')
  })

  it('sends headers without a body for HEAD', async () => {
    const answer = await serveStaticFile(root, { method: 'HEAD', path: '/index.html' })
    expect(answer.status).toBe(200)
    expect(answer.body).toBeUndefined()
    expect(answer.headers['Content-Length']).toBe(String('<!doctype html><title>app</title>'.length))
  })

  it('refuses other methods with 405 and says which are allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await serveStaticFile(root, { method, path: '/index.html' })
      expect(answer.status).toBe(405)
      expect(answer.headers.Allow).toBe('GET, HEAD')
      expect(answer.body).toBeUndefined()
    }
  })

  it('answers 404, with the security headers, for missing files and paths outside the folder', async () => {
    for (const path of ['/assets/missing.js', '/../secret.json', '/%2e%2e/secret.json', '/%zz']) {
      const answer = await serveStaticFile(root, { method: 'GET', path })
      expect(answer.status, path).toBe(404)
      expect(answer.body?.toString()).toBe('Niet gevonden')
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    }
  })
})
