import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, emptyStoreData, type StoreData } from '../../../shared/model'
import { migrations } from '../../../main/store/migrations'
import { openStoreManager, type JsonStoreManager } from '../../../main/store/store-manager'
import { parseBackupFileName, STORE_FILE_NAME } from '../../../main/store/store-paths'
import { addMember, FaultyFs, filesIn, manualClock, noSleep, tempDirs } from './store-test-helpers'

const dirs = tempDirs()
afterEach(() => dirs.cleanup())

const DAY = 24 * 60 * 60 * 1000

function okStore(manager: JsonStoreManager) {
  const state = manager.state()
  if (state.status !== 'ok') throw new Error(`expected ok, got ${state.problem.message}`)
  return state.store
}

async function withMembers(dir: string, ...names: string[]): Promise<void> {
  const data: StoreData = emptyStoreData()
  for (const name of names) addMember(data, name)
  await writeFile(join(dir, STORE_FILE_NAME), JSON.stringify(data))
}

describe('daily backups', () => {
  it('makes one daily backup per day with data; keeps the last backupsToKeep days plus one a week', async () => {
    const dir = await dirs.make()
    // Sunday 1 March 2026: the last day of its calendar week.
    const clock = manualClock(new Date(2026, 2, 1, 9, 0, 0))
    await withMembers(dir, 'Anna')
    for (let day = 0; day < 6; day++) {
      for (let open = 0; open < 2; open++) {
        const manager = await openStoreManager({ dataDir: dir, clock: clock.now, backupsToKeep: 3 })
        await manager.close()
        clock.advance(60 * 60 * 1000)
      }
      clock.advance(DAY - 2 * 60 * 60 * 1000)
    }
    const files = await filesIn(join(dir, 'backups'))
    expect(files).toEqual([
      // The week of 23 February – 1 March keeps its newest backup.
      'krachtstroom-20260301-090000-daily.json',
      'krachtstroom-20260304-090000-daily.json',
      'krachtstroom-20260305-090000-daily.json',
      'krachtstroom-20260306-090000-daily.json',
    ])
  })

  it("uses the store's settings.backupsToKeep when no limit is given", async () => {
    const dir = await dirs.make()
    // Monday 2 March 2026: four days in one week and one month.
    const clock = manualClock(new Date(2026, 2, 2, 9, 0, 0))
    const data = emptyStoreData()
    addMember(data, 'Anna')
    data.settings.backupsToKeep = 2
    await writeFile(join(dir, STORE_FILE_NAME), JSON.stringify(data))
    for (let day = 0; day < 4; day++) {
      await (await openStoreManager({ dataDir: dir, clock: clock.now })).close()
      clock.advance(DAY)
    }
    expect((await filesIn(join(dir, 'backups'))).filter((f) => f.endsWith('-daily.json'))).toEqual([
      'krachtstroom-20260304-090000-daily.json',
      'krachtstroom-20260305-090000-daily.json',
    ])
  })

  it('makes no daily backup of an empty store, so weeks of an empty store push out nothing', async () => {
    const dir = await dirs.make()
    const clock = manualClock(new Date(2026, 2, 2, 9, 0, 0))
    await withMembers(dir, 'Anna')
    for (let day = 0; day < 5; day++) {
      await (await openStoreManager({ dataDir: dir, clock: clock.now, backupsToKeep: 3 })).close()
      clock.advance(DAY)
    }
    const withData = await filesIn(join(dir, 'backups'))
    await writeFile(join(dir, STORE_FILE_NAME), JSON.stringify(emptyStoreData()))
    for (let day = 0; day < 40; day++) {
      await (await openStoreManager({ dataDir: dir, clock: clock.now, backupsToKeep: 3 })).close()
      clock.advance(DAY)
    }
    expect(await filesIn(join(dir, 'backups'))).toEqual(withData)
  })

  it('an app left open past midnight makes the next daily backup after its first write', async () => {
    const dir = await dirs.make()
    const clock = manualClock(new Date(2026, 2, 1, 23, 0, 0))
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now })
    const store = okStore(manager)
    await store.update((d) => addMember(d, 'voor middernacht'))
    clock.advance(2 * 60 * 60 * 1000)
    await store.update((d) => addMember(d, 'na middernacht'))
    await manager.settleBackground()
    const daily = (await manager.listBackups()).filter((b) => b.kind === 'daily')
    expect(daily.map((b) => b.id)).toEqual([
      'krachtstroom-20260302-010000-daily.json',
      'krachtstroom-20260301-230000-daily.json',
    ])
    expect(daily[0]?.counts.teamMembers).toBe(2)
    await manager.close()
  })

  it('a failing daily backup does not stop the store from opening', async () => {
    const dir = await dirs.make()
    await withMembers(dir, 'Anna')
    const errors: unknown[] = []
    const fs = new FaultyFs().fail('open', 'ENOSPC', { path: /backups/ })
    const manager = await openStoreManager({
      dataDir: dir,
      fsOps: fs,
      sleep: noSleep,
      onBackgroundError: (e) => errors.push(e),
    })
    expect(manager.state().status).toBe('ok')
    await manager.settleBackground()
    expect(errors).toHaveLength(1)
    await manager.close()
  })
})

describe('listBackups and createBackup', () => {
  it('lists backups newest first with counts and skips damaged ones', async () => {
    const dir = await dirs.make()
    const clock = manualClock(new Date(2026, 2, 1, 9, 0, 0))
    await withMembers(dir, 'Anna', 'Bert')
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now })
    clock.advance(1000)
    const manual = await manager.createBackup('manual')
    expect(manual).toMatchObject({ id: 'krachtstroom-20260301-090001-manual.json', kind: 'manual' })
    expect(manual.counts.teamMembers).toBe(2)
    expect(manual.counts.programmes).toBe(1)
    const again = await manager.createBackup('manual')
    expect(again.id).toBe('krachtstroom-20260301-090001-1-manual.json')

    await writeFile(join(dir, 'backups', 'krachtstroom-20260302-090000-manual.json'), '{"half":')
    await writeFile(
      join(dir, 'backups', 'krachtstroom-20260303-090000-manual.json'),
      JSON.stringify({ ...emptyStoreData(), schemaVersion: 99 }),
    )
    await writeFile(join(dir, 'backups', 'niet-van-ons.json'), JSON.stringify(emptyStoreData()))
    await mkdir(join(dir, 'backups', 'krachtstroom-20260304-090000-manual.json'))

    const list = await manager.listBackups()
    expect(list.map((b) => b.id)).toEqual([
      'krachtstroom-20260301-090001-1-manual.json',
      'krachtstroom-20260301-090001-manual.json',
      'krachtstroom-20260301-090000-daily.json',
    ])
    expect(list[2]).toMatchObject({ kind: 'daily', createdAt: new Date(2026, 2, 1, 9, 0, 0).toISOString() })
    expect(list[2]?.sizeBytes).toBeGreaterThan(100)
    expect(list.every((b) => /^[A-Za-z0-9._-]+$/.test(b.id))).toBe(true)
    await manager.close()
  })

  it('createBackup includes changes still in the queue and prunes manual backups beyond their bound', async () => {
    const dir = await dirs.make()
    const clock = manualClock()
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now, otherBackupsToKeep: 2 })
    const store = okStore(manager)
    void store.update((d) => addMember(d, 'in de wachtrij'))
    const first = await manager.createBackup('manual')
    expect(first.counts.teamMembers).toBe(1)
    for (let i = 0; i < 3; i++) {
      clock.advance(1000)
      await manager.createBackup('manual')
    }
    const manual = (await manager.listBackups()).filter((b) => b.kind === 'manual')
    expect(manual).toHaveLength(2)
    expect(manual[0]?.createdAt).toBe(clock.now().toISOString())
    await manager.close()
  })

  it('parses only well-formed backup names', () => {
    expect(parseBackupFileName('krachtstroom-20260301-090000-daily.json')?.kind).toBe('daily')
    expect(parseBackupFileName('krachtstroom-20260301-090000-3-before-restore.json')?.sequence).toBe(3)
    expect(parseBackupFileName('../krachtstroom.json')).toBeUndefined()
    expect(parseBackupFileName('krachtstroom-20260301-090000-weekly.json')).toBeUndefined()
  })
})

describe('restoreBackup', () => {
  it('restores a backup and keeps the current data as a before-restore backup', async () => {
    const dir = await dirs.make()
    const clock = manualClock()
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now })
    const store = okStore(manager)
    await store.update((d) => addMember(d, 'Anna'))
    const backup = await manager.createBackup('manual')
    await store.update((d) => addMember(d, 'Bert'))
    clock.advance(1000)

    const restored = await manager.restoreBackup(backup.id)
    expect(restored).toMatchObject({ id: backup.id, kind: 'manual' })
    expect(restored.counts.teamMembers).toBe(1)
    const now = okStore(manager)
    expect(now).not.toBe(store)
    expect(now.read().teamMembers.map((m) => m.name)).toEqual(['Anna'])
    expect(JSON.parse(await readFile(join(dir, STORE_FILE_NAME), 'utf8')).teamMembers).toHaveLength(1)
    await expect(store.update((d) => addMember(d, 'oud'))).rejects.toMatchObject({ code: 'CLOSED' })

    const before = (await manager.listBackups()).find((b) => b.kind === 'before-restore')
    expect(before?.counts.teamMembers).toBe(2)
    await now.update((d) => addMember(d, 'Carla'))
    await manager.close()
  })

  it('refuses unknown ids, ids outside the backups folder, and damaged backups, changing nothing', async () => {
    const dir = await dirs.make()
    const manager = await openStoreManager({ dataDir: dir })
    const store = okStore(manager)
    await expect(manager.restoreBackup('krachtstroom-20200101-000000-manual.json')).rejects.toMatchObject({
      code: 'BACKUP_NOT_FOUND',
    })
    await expect(manager.restoreBackup(`../${STORE_FILE_NAME}`)).rejects.toMatchObject({
      code: 'BACKUP_NOT_FOUND',
    })
    await writeFile(join(dir, 'backups', 'krachtstroom-20260302-090000-manual.json'), '{"half":')
    await expect(manager.restoreBackup('krachtstroom-20260302-090000-manual.json')).rejects.toMatchObject({
      code: 'BACKUP_INVALID',
      message: expect.stringMatching(/^Deze back-up is beschadigd/),
    })
    expect(okStore(manager)).toBe(store)
    await manager.close()
  })

  it('in corrupt recovery: restores the newest good backup; the damaged file stays aside', async () => {
    const dir = await dirs.make()
    const clock = manualClock()
    await withMembers(dir, 'Anna')
    await (await openStoreManager({ dataDir: dir, clock: clock.now })).close()
    await writeFile(join(dir, STORE_FILE_NAME), Buffer.alloc(100))
    clock.advance(DAY)
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now })
    const state = manager.state()
    expect(state.status === 'recovery' && state.problem.message).toContain(
      'Kies hieronder een back-up om terug te zetten.',
    )
    const [newest] = await manager.listBackups()
    await manager.restoreBackup(newest?.id ?? '')
    expect(
      okStore(manager)
        .read()
        .teamMembers.map((m) => m.name),
    ).toEqual(['Anna'])
    const files = await filesIn(dir)
    expect(files.filter((f) => f.includes('.corrupt-'))).toHaveLength(1)
    expect((await manager.listBackups()).some((b) => b.kind === 'before-restore')).toBe(false)
    await manager.close()
  })

  it('in newer-version recovery: moves the newer file aside (never deleted) before restoring', async () => {
    const dir = await dirs.make()
    const clock = manualClock(new Date(2026, 5, 1, 12, 0, 0))
    await withMembers(dir, 'Anna')
    await (await openStoreManager({ dataDir: dir, clock: clock.now })).close()
    const newer = JSON.stringify({ schemaVersion: 7, fromTheFuture: true })
    await writeFile(join(dir, STORE_FILE_NAME), newer)
    clock.advance(DAY)
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now })
    expect(manager.state().status).toBe('recovery')
    const [backup] = await manager.listBackups()
    await manager.restoreBackup(backup?.id ?? '')
    expect(okStore(manager).read().teamMembers).toHaveLength(1)
    expect(await readFile(join(dir, `${STORE_FILE_NAME}.newer-20260602-120000`), 'utf8')).toBe(newer)
    await manager.close()
  })

  it('when writing the restored data fails, the current data stays in use', async () => {
    const dir = await dirs.make()
    const fs = new FaultyFs()
    const clock = manualClock()
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now, fsOps: fs, sleep: noSleep })
    await okStore(manager).update((d) => addMember(d, 'Anna'))
    const backup = await manager.createBackup('manual')
    await okStore(manager).update((d) => addMember(d, 'Bert'))
    fs.fail('open', 'ENOSPC', { path: /krachtstroom\.json\.\d+\.[0-9a-f]+\.tmp$/ })
    await expect(manager.restoreBackup(backup.id)).rejects.toMatchObject({
      name: 'StoreWriteError',
      code: 'DISK_FULL',
    })
    fs.clear()
    const store = okStore(manager)
    expect(store.read().teamMembers.map((m) => m.name)).toEqual(['Anna', 'Bert'])
    await store.update((d) => addMember(d, 'Carla'))
    expect(JSON.parse(await readFile(join(dir, STORE_FILE_NAME), 'utf8')).teamMembers).toHaveLength(3)
    await manager.close()
  })

  it('restores an older-version backup after migrating it', async () => {
    const dir = await dirs.make()
    const manager = await openStoreManager({
      dataDir: dir,
      migrations: [
        {
          from: 0,
          to: 1,
          description: 'members → teamMembers',
          migrate: ({ members, ...rest }) => ({ ...rest, teamMembers: members }),
        },
        ...migrations,
      ],
    })
    const v0 = await readFile(join(import.meta.dirname, '../../fixtures/store/v0-store.json'))
    await writeFile(join(dir, 'backups', 'krachtstroom-20251102-100000-manual.json'), v0)
    const restored = await manager.restoreBackup('krachtstroom-20251102-100000-manual.json')
    expect(restored.counts.teamMembers).toBe(1)
    expect(okStore(manager).read().schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    await manager.close()
  })
})
