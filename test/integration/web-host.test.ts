import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rawRequest, startHostProcess, type HostProcess } from '../support/web-host-process'

let workDir: string
let dataDir: string
let rendererDir: string
const hosts: HostProcess[] = []

async function start(): Promise<HostProcess> {
  const host = await startHostProcess({ dataDir, rendererDir })
  hosts.push(host)
  return host
}

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kc-web-'))
  dataDir = join(workDir, 'data')
  rendererDir = join(workDir, 'renderer')
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Krachtstroom Coach</title>')
})

afterEach(async () => {
  for (const host of hosts.splice(0)) if (host.child.exitCode === null) await host.stop()
  await rm(workDir, { recursive: true, force: true })
})

describe('web host', () => {
  it('answers the API with the envelope and loads the demo with the reference figures', async () => {
    const host = await start()
    expect(await host.call('programme.list')).toEqual({ status: 200, body: { ok: true, value: [] } })
    const loaded = await host.call('demo.load')
    expect(loaded.body.ok).toBe(true)
    const { programmeId } = loaded.body.value as { programmeId: string }
    const stats = await host.call('stats.programme', { programmeId })
    expect(stats.body.value).toMatchObject({ streets: 4, addresses: 150, ideas: 30 })
    const status = await host.call('app.status')
    expect(status.body.value).toMatchObject({ store: 'ok', firstRun: false })
  })

  it('refuses invalid input with a Dutch message naming the field, and changes nothing', async () => {
    const host = await start()
    const result = await host.call('programme.create', {
      name: '',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
    expect(result).toEqual({
      status: 400,
      body: {
        ok: false,
        error: { code: 'VALIDATION_FAILED', field: 'name', message: 'Naam is leeg; vul het in.' },
      },
    })
    expect((await host.call('programme.list')).body.value).toEqual([])
    // In the language the page asks for, also for the host's own refusals.
    const english = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/address.create',
      headers: {
        Authorization: `Bearer ${host.token}`,
        Host: `127.0.0.1:${host.port}`,
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({
        input: { streetId: '00000000-0000-4000-8000-000000000000', houseNumber: '12' },
      }),
    })
    expect(JSON.parse(english.body)).toMatchObject({
      error: { field: 'houseNumber', message: 'House number must be a number, but text ("12") was given.' },
    })
    const unauthorised = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/programme.list',
      headers: {
        Host: `127.0.0.1:${host.port}`,
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: '{}',
    })
    expect(JSON.parse(unauthorised.body)).toMatchObject({
      error: { message: 'No or an invalid access key.' },
    })
  })

  it('refuses unknown methods, wrong verbs and malformed bodies', async () => {
    const host = await start()
    expect(await host.call('store.dropEverything')).toMatchObject({
      status: 404,
      body: { error: { code: 'UNKNOWN_METHOD' } },
    })
    const auth = {
      Authorization: `Bearer ${host.token}`,
      Host: `127.0.0.1:${host.port}`,
      'Content-Type': 'application/json',
    }
    expect(
      (await rawRequest(host.port, { method: 'GET', path: '/api/programme.list', headers: auth })).status,
    ).toBe(400)
    expect(
      (
        await rawRequest(host.port, {
          method: 'POST',
          path: '/api/programme.list',
          headers: auth,
          body: '{nope',
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await rawRequest(host.port, {
          method: 'POST',
          path: '/api/programme.list',
          headers: auth,
          body: '{"input":{},"x":1}',
        })
      ).status,
    ).toBe(400)
    const asForm = { ...auth, 'Content-Type': 'text/plain' }
    expect(
      (
        await rawRequest(host.port, {
          method: 'POST',
          path: '/api/programme.list',
          headers: asForm,
          body: '{}',
        })
      ).status,
    ).toBe(400)
  })

  it('reads nothing without the token, with a wrong Host header or from another origin', async () => {
    const host = await start()
    await host.call('demo.load')
    const base = { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' }
    const attempts = [
      { ...base },
      { ...base, Authorization: 'Bearer wrong-token-wrong-token' },
      { ...base, Authorization: `Bearer ${host.token}`, Host: `evil.example:${host.port}` },
      { ...base, Authorization: `Bearer ${host.token}`, Origin: 'http://evil.example' },
    ]
    for (const headers of attempts) {
      const response = await rawRequest(host.port, {
        method: 'POST',
        path: '/api/programme.list',
        headers,
        body: '{}',
      })
      expect([401, 403, 421]).toContain(response.status)
      expect(response.body).not.toContain('Oldebroek')
    }
  })

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const host = await start()
    const response = await fetch(`http://127.0.0.1:${host.port}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Krachtstroom Coach')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
  })

  it('stops cleanly on SIGTERM and finds everything back after a restart', async () => {
    const first = await start()
    const created = await first.call('programme.create', {
      name: 'Samen Sterk',
      gemeente: 'Elburg',
      period: { start: '2026-09-01' },
    })
    expect(created.status).toBe(200)
    expect(await first.stop()).toBe(0)
    const second = await start()
    const list = await second.call('programme.list')
    expect(list.body.value).toEqual([expect.objectContaining({ name: 'Samen Sterk', gemeente: 'Elburg' })])
    expect((await second.call('settings.get')).body.value).toMatchObject({
      activeProgrammeId: (created.body.value as { id: string }).id,
    })
  })

  it('moves a damaged store file aside, reports it, and never overwrites it', async () => {
    await mkdir(dataDir, { recursive: true })
    const garbage = '{"schemaVersion":1,"programmes":[{"trunc'
    await writeFile(join(dataDir, 'krachtstroom.json'), garbage)
    const host = await start()
    const status = await host.call('app.status')
    expect(status.body.value).toMatchObject({ store: 'recovery', problem: { kind: 'corrupt' } })
    const movedTo = (status.body.value as { problem: { movedAsideTo: string } }).problem.movedAsideTo
    expect(await readFile(movedTo, 'utf8')).toBe(garbage)
    expect(await host.call('programme.list')).toMatchObject({
      status: 503,
      body: { error: { code: 'STORE_UNAVAILABLE' } },
    })
    const files = await readdir(dataDir)
    expect(files.some((name) => name.startsWith('krachtstroom.json.corrupt-'))).toBe(true)
  })
})
