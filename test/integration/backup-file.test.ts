import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let source: TestRuntime
let target: TestRuntime

beforeEach(async () => {
  source = await startTestRuntime()
  target = await startTestRuntime()
})
afterEach(async () => {
  await source.dispose()
  await target.dispose()
})

describe('backup files (.kcbackup)', () => {
  it('restores a backup of the demo into an empty data folder with every count equal', async () => {
    const { programmeId } = await source.call('demo.load')
    const file = await source.call('backup.exportFile')
    expect(file.fileName).toMatch(/^Krachtstroom back-up 2026-11-28 \d\d\.\d\d\.kcbackup$/)
    const inspected = await target.call('backup.inspectFile', {
      fileName: file.fileName,
      base64: file.base64,
    })
    expect(inspected.programmes).toEqual([
      { name: 'Oldebroek Voor Mekaar — Krachtstroom', gemeente: 'Oldebroek' },
    ])
    expect(inspected.counts).toMatchObject({ programmes: 1, streets: 4, addresses: 150, ideas: 30 })
    expect((await target.call('programme.list')).length).toBe(0)
    await target.call('backup.importFile', { fileName: file.fileName, base64: file.base64 })
    const [before, after] = await Promise.all([
      source.call('stats.programme', { programmeId }),
      target.call('stats.programme', { programmeId }),
    ])
    expect(after).toEqual(before)
    expect((await target.call('backup.list')).some((b) => b.kind === 'before-restore')).toBe(true)
  })

  it('refuses a file that is not a backup, a damaged one and one whose counts do not match, changing nothing', async () => {
    await target.call('programme.create', {
      name: 'Blijft staan',
      gemeente: 'Elburg',
      period: { start: '2026-01-01' },
    })
    await source.call('demo.load')
    const good = JSON.parse(
      Buffer.from((await source.call('backup.exportFile')).base64, 'base64').toString('utf8'),
    )
    const tampered = {
      ...good,
      manifest: { ...good.manifest, counts: { ...good.manifest.counts, ideas: 31 } },
    }
    const broken = { ...good, store: { ...good.store, ideas: [{ title: 'kapot' }] } }
    const cases: Array<[string, RegExp]> = [
      [Buffer.from('hallo').toString('base64'), /geen back-up van Krachtstroom Coach/],
      [Buffer.from(JSON.stringify(tampered)).toString('base64'), /onvolledig/],
      [Buffer.from(JSON.stringify(broken)).toString('base64'), /beschadigd/],
      [Buffer.from('{"manifest":{"__proto__":{"x":1}},"store":{}}').toString('base64'), /geen back-up/],
    ]
    for (const [base64, message] of cases) {
      const result = await target.raw('backup.importFile', { fileName: 'x.kcbackup', base64 })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'base64' } })
      expect(result.ok ? '' : result.error.message).toMatch(message)
    }
    expect((await target.call('programme.list')).map((p) => p.name)).toEqual(['Blijft staan'])
  })
})
