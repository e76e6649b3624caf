import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startRuntime } from '../../main/host/runtime'
import { startTestRuntime, TEST_NOW, type TestRuntime } from '../support/test-runtime'

let app: TestRuntime
beforeEach(async () => {
  app = await startTestRuntime()
})
afterEach(() => app.dispose())

describe('app.start', () => {
  it('on a first run: the status, no programmes, the settings and no figures yet', async () => {
    const start = await app.call('app.start')
    expect(start.status).toEqual(await app.call('app.status'))
    expect(start.status).toMatchObject({ store: 'ok', firstRun: true })
    expect(start.programmes).toEqual([])
    expect(start.settings).toEqual(await app.call('settings.get'))
    expect(start.dashboard).toBeUndefined()
  })

  it("answers exactly what app.status, programme.list, settings.get, the active programme's stats.programme and sync.* answer", async () => {
    const { programmeId } = await app.call('demo.load')
    const start = await app.call('app.start')
    expect(start.status).toEqual(await app.call('app.status'))
    expect(start.programmes).toEqual(await app.call('programme.list'))
    expect(start.settings).toEqual(await app.call('settings.get'))
    expect(start.dashboard).toEqual({
      programmeId,
      stats: await app.call('stats.programme', { programmeId }),
    })
    expect(start.dashboard?.stats).toMatchObject({ streets: 4, addresses: 150, ideas: 30 })
    // The header's sharing indicator and the sidebar's note need no call of their own either.
    expect(start.sync).toEqual({
      status: await app.call('sync.status'),
      settings: await app.call('sync.settings'),
    })
    expect(start.sync?.status.state).toBe('off')
  })

  it('brings the figures of the programme the settings name as active, not simply the newest', async () => {
    const { programmeId: demoId } = await app.call('demo.load')
    const own = await app.call('programme.create', {
      name: 'Wezep Samen',
      gemeente: 'Oldebroek',
      period: { start: '2026-09-01', end: '2027-06-30' },
    })
    expect((await app.call('app.start')).dashboard?.programmeId).toBe(own.id)
    await app.call('settings.update', { activeProgrammeId: demoId })
    const start = await app.call('app.start')
    expect(start.programmes.map((programme) => programme.id)).toEqual([own.id, demoId])
    expect(start.dashboard).toEqual({
      programmeId: demoId,
      stats: await app.call('stats.programme', { programmeId: demoId }),
    })
  })

  it('takes no input but an empty object, like the other methods without input', async () => {
    const refused = await app.raw('app.start', { programmeId: 'x' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })
})

describe('app.start on a damaged store', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-start-'))
    await writeFile(join(dir, 'krachtstroom.json'), '{ "schemaVersion": 1, kapot')
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('answers the recovery status and nothing else', async () => {
    const runtime = await startRuntime({ dataDir: dir, appVersion: 'test', clock: () => new Date(TEST_NOW) })
    try {
      const start = await runtime.dispatch('app.start', {})
      expect(start).toMatchObject({ ok: true, value: { status: { store: 'recovery' }, programmes: [] } })
      const value = start.ok ? (start.value as Record<string, unknown>) : {}
      expect(value.settings).toBeUndefined()
      expect(value.dashboard).toBeUndefined()
    } finally {
      await runtime.close()
    }
  })
})
