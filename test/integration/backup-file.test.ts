import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeBackupFile } from '../../main/io/backup-file'
import { emptyStoreData, type StoreData } from '../../shared/model'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let source: TestRuntime
let target: TestRuntime

const passphrase = 'paars konijn zingt morgen'

beforeEach(async () => {
  source = await startTestRuntime()
  target = await startTestRuntime()
})
afterEach(async () => {
  await source.dispose()
  await target.dispose()
})

/** What the programme list of the target says: nothing was changed by a refused restore. */
async function programmeNames(runtime: TestRuntime): Promise<string[]> {
  return (await runtime.call('programme.list')).map((p) => p.name)
}

describe('backup files (.kcbackup)', () => {
  it('restores an encrypted backup of the demo into an empty data folder with every count equal', async () => {
    const { programmeId } = await source.call('demo.load')
    const file = await source.call('backup.exportFile', { passphrase })
    expect(file.fileName).toMatch(/^Krachtstroom back-up 2026-11-28 \d\d\.\d\d\.kcbackup$/)
    expect(await target.call('backup.inspectFile', { fileName: file.fileName, base64: file.base64 })).toEqual(
      {
        locked: true,
      },
    )
    const inspected = await target.call('backup.inspectFile', {
      fileName: file.fileName,
      base64: file.base64,
      passphrase,
    })
    expect(inspected).toMatchObject({
      locked: false,
      encrypted: true,
      programmes: [{ name: 'Oldebroek Voor Mekaar — Krachtstroom', gemeente: 'Oldebroek' }],
      counts: { programmes: 1, streets: 4, addresses: 150, ideas: 30 },
    })
    expect((await target.call('programme.list')).length).toBe(0)
    await target.call('backup.importFile', { fileName: file.fileName, base64: file.base64, passphrase })
    const [before, after] = await Promise.all([
      source.call('stats.programme', { programmeId }),
      target.call('stats.programme', { programmeId }),
    ])
    expect(after).toEqual(before)
    expect((await target.call('backup.list')).some((b) => b.kind === 'before-restore')).toBe(true)
  })

  it('holds no readable resident data: no name, phone number, note or programme name in the bytes', async () => {
    const { programmeId } = await source.call('demo.load')
    const bytes = Buffer.from((await source.call('backup.exportFile', { passphrase })).base64, 'base64')
    const streets = await source.call('street.list', { programmeId })
    const addresses = (
      await Promise.all(streets.map(({ street }) => source.call('address.list', { streetId: street.id })))
    ).flat()
    const secrets = [
      ...addresses.flatMap(({ address }) => [address.residentName, address.phone, address.householdNote]),
      'Oldebroek',
      'Brinkakkerweg',
      'manifest',
      'programmes',
    ].filter((text) => text.length >= 4)
    expect(secrets.length).toBeGreaterThan(20)
    for (const encoding of ['utf8', 'latin1', 'utf16le'] as const) {
      const text = bytes.toString(encoding)
      expect(secrets.filter((secret) => text.includes(secret))).toEqual([])
    }
    // Compressed before it is encrypted: not even a gzip stream of the store lies in the file.
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('KCBACKUP')
    expect(bytes.includes(gzipSync(Buffer.from('Oldebroek')).subarray(10, 16))).toBe(false)
  })

  it('refuses a wrong passphrase and a changed file with a clear Dutch message, changing nothing', async () => {
    await target.call('programme.create', {
      name: 'Blijft staan',
      gemeente: 'Elburg',
      period: { start: '2026-01-01' },
    })
    await source.call('demo.load')
    const file = await source.call('backup.exportFile', { passphrase })
    const bytes = Buffer.from(file.base64, 'base64')
    const wrong = await target.raw('backup.importFile', { ...file, passphrase: 'paars konijn zingt vandaag' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'passphrase' } })
    expect(wrong.ok ? '' : wrong.error.message).toBe(
      'Wachtwoord: dit wachtwoord klopt niet. Let op hoofdletters en spaties en probeer het opnieuw; er is niets veranderd.',
    )
    const locked = await target.raw('backup.importFile', { fileName: file.fileName, base64: file.base64 })
    expect(locked).toMatchObject({ ok: false, error: { field: 'passphrase' } })
    expect(locked.ok ? '' : locked.error.message).toMatch(/^Wachtwoord: dit back-upbestand is versleuteld/)

    // One changed byte anywhere — in the header, the encrypted content or the tag — and it will not open.
    for (const position of [9, 20, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const changed = Buffer.from(bytes)
      changed[position] = (changed[position] ?? 0) ^ 0x01
      const result = await target.raw('backup.importFile', {
        fileName: file.fileName,
        base64: changed.toString('base64'),
        passphrase,
      })
      expect(result, `byte ${position}`).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
      expect(result.ok ? '' : result.error.message, `byte ${position}`).toMatch(
        /^(Bestand: dit back-upbestand is (veranderd of beschadigd|beschadigd of onvolledig)|Wachtwoord: dit wachtwoord klopt niet)/,
      )
    }
    const cut = await target.raw('backup.importFile', {
      fileName: file.fileName,
      base64: bytes.subarray(0, bytes.length - 100).toString('base64'),
      passphrase,
    })
    expect(cut.ok ? '' : cut.error.message).toMatch(/^Bestand: dit back-upbestand is veranderd of beschadigd/)
    expect(await programmeNames(target)).toEqual(['Blijft staan'])
    expect((await target.call('backup.list')).some((b) => b.kind === 'before-restore')).toBe(false)
  })

  it('still restores an old unencrypted backup file, and says it was not encrypted', async () => {
    const { programmeId } = await source.call('demo.load')
    // A file as the app saved it before backup files were encrypted: the store in plain JSON.
    const store = JSON.parse(await readFile(join(source.dataDir, 'krachtstroom.json'), 'utf8')) as StoreData
    const base64 = Buffer.from(encodeBackupFile(store, '0.1.0', new Date('2026-11-01T10:00:00Z'))).toString(
      'base64',
    )
    const inspected = await target.call('backup.inspectFile', { fileName: 'oud.kcbackup', base64 })
    expect(inspected).toMatchObject({ locked: false, encrypted: false, appVersion: '0.1.0' })
    const restored = await target.call('backup.importFile', { fileName: 'oud.kcbackup', base64 })
    expect(restored.encrypted).toBe(false)
    expect(await target.call('stats.programme', { programmeId })).toMatchObject({
      streets: 4,
      addresses: 150,
      ideas: 30,
    })
  })

  it('refuses a file that is not a backup, a damaged one and one whose counts do not match, changing nothing', async () => {
    await target.call('programme.create', {
      name: 'Blijft staan',
      gemeente: 'Elburg',
      period: { start: '2026-01-01' },
    })
    const good = JSON.parse(new TextDecoder().decode(encodeBackupFile(emptyStoreData(), '0.1.0', new Date())))
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
      [Buffer.from('KCBACKUP\u0009rest').toString('base64'), /nieuwere versie/],
      [Buffer.from('KCBACKUP').toString('base64'), /beschadigd of onvolledig/],
    ]
    for (const [base64, message] of cases) {
      const result = await target.raw('backup.importFile', { fileName: 'x.kcbackup', base64, passphrase })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'base64' } })
      expect(result.ok ? '' : result.error.message).toMatch(message)
    }
    expect(await programmeNames(target)).toEqual(['Blijft staan'])
  })

  it('asks for a passphrase of at least ten characters that is not easy to guess, in Dutch', async () => {
    await source.call('demo.load')
    for (const [input, message] of [
      [{}, 'Wachtwoord ontbreekt; vul het in.'],
      [{ passphrase: 'kort' }, 'Wachtwoord: kies minstens 10 tekens.'],
      [
        { passphrase: 'Wachtwoord2026' },
        'Wachtwoord is te makkelijk te raden; kies bijvoorbeeld vier losse woorden.',
      ],
    ] as const) {
      const result = await source.raw('backup.exportFile', input)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', field: 'passphrase', message },
      })
    }
  })
})
