import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readStaticFile } from '../../../main/host/static-files'

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
