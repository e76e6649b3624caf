import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, emptyStoreData, storeDataSchema } from '../../../shared/model'
import {
  migrateStoreObject,
  MigrationError,
  migrations,
  type Migration,
} from '../../../main/store/migrations'
import { openStoreManager } from '../../../main/store/store-manager'
import { STORE_FILE_NAME } from '../../../main/store/store-paths'
import { FaultyFs, filesIn, manualClock, noSleep, tempDirs } from './store-test-helpers'

const dirs = tempDirs()
afterEach(() => dirs.cleanup())

const fixture = join(import.meta.dirname, '../../fixtures/store/v0-store.json')

/** A fake step for tests: version 0 called the team `members`. */
const renameMembers: Migration = {
  from: 0,
  to: 1,
  description: 'members heet nu teamMembers',
  migrate: ({ members, ...rest }) => ({ ...rest, teamMembers: members }),
}

describe('migrateStoreObject', () => {
  it('has a consecutive list of real migrations ending at the current version', () => {
    migrations.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1)
      if (i > 0) expect(m.from).toBe(migrations[i - 1]!.to)
    })
    expect(migrations.at(-1)?.to ?? CURRENT_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION)
  })

  it('runs the steps in order on a copy and sets schemaVersion', () => {
    const input = { schemaVersion: 0, members: [1] }
    const out = migrateStoreObject(input, 0, [renameMembers], 1)
    expect(out).toEqual({ schemaVersion: 1, teamMembers: [1] })
    expect(input).toEqual({ schemaVersion: 0, members: [1] })
    const two = migrateStoreObject(
      input,
      0,
      [renameMembers, { from: 1, to: 2, description: 'x', migrate: (d) => ({ ...d, extra: true }) }],
      2,
    )
    expect(two).toEqual({ schemaVersion: 2, teamMembers: [1], extra: true })
  })

  it('fails clearly when a step is missing or throws', () => {
    expect(() => migrateStoreObject({ schemaVersion: 0 }, 0, [], 1)).toThrow(MigrationError)
    expect(() => migrateStoreObject({ schemaVersion: 0 }, 0, [], 1)).toThrow(
      'Er is geen omzetting van gegevensversie 0 naar 1.',
    )
    const broken: Migration = {
      from: 0,
      to: 1,
      description: 'stuk',
      migrate: () => {
        throw new Error('stuk')
      },
    }
    expect(() => migrateStoreObject({ schemaVersion: 0 }, 0, [broken], 1)).toThrow(/is mislukt/)
  })
})

describe('the residents step (2 → 3)', () => {
  it('adds empty lists for active residents, connections and signals, and the result loads', () => {
    const v2 = { ...emptyStoreData(), schemaVersion: 2 } as Record<string, unknown>
    delete v2['residents']
    delete v2['connections']
    delete v2['signals']
    const out = migrateStoreObject(v2, 2)
    expect(out['schemaVersion']).toBe(3)
    expect([out['residents'], out['connections'], out['signals']]).toEqual([[], [], []])
    expect(storeDataSchema.safeParse(out).success).toBe(true)
    expect(storeDataSchema.parse(out).settings.signalRetentionMonths).toBe(6)
  })

  it('keeps lists that are already there', () => {
    const v2 = { ...emptyStoreData(), schemaVersion: 2 }
    const resident = { id: 'x' }
    const out = migrateStoreObject({ ...v2, residents: [resident] }, 2)
    expect(out['residents']).toEqual([resident])
  })
})

describe('opening an older store file', () => {
  it('keeps a before-migration backup of the original bytes, migrates, validates and writes the current version', async () => {
    const dir = await dirs.make()
    const original = await readFile(fixture)
    await writeFile(join(dir, STORE_FILE_NAME), original)
    const clock = manualClock(new Date(2026, 0, 10, 8, 0, 0))
    const manager = await openStoreManager({
      dataDir: dir,
      clock: clock.now,
      migrations: [renameMembers, ...migrations],
    })
    const state = manager.state()
    expect(state.status).toBe('ok')
    if (state.status !== 'ok') return
    expect(state.store.read().teamMembers.map((m) => m.name)).toEqual(['Fenna de Vries'])
    const onDisk = JSON.parse(await readFile(join(dir, STORE_FILE_NAME), 'utf8')) as Record<string, unknown>
    expect(onDisk['schemaVersion']).toBe(CURRENT_SCHEMA_VERSION)
    expect(onDisk['members']).toBeUndefined()

    const backups = await filesIn(join(dir, 'backups'))
    expect(backups).toContain('krachtstroom-20260110-080000-before-migration.json')
    expect(
      await readFile(join(dir, 'backups', 'krachtstroom-20260110-080000-before-migration.json')),
    ).toEqual(original)
    const listed = await manager.listBackups()
    expect(listed.find((b) => b.kind === 'before-migration')?.counts.teamMembers).toBe(1)
    await manager.close()
  })

  it('without a migration for that version: moved aside as invalid, not touched', async () => {
    const dir = await dirs.make()
    const original = await readFile(fixture)
    await writeFile(join(dir, STORE_FILE_NAME), original)
    const manager = await openStoreManager({ dataDir: dir, migrations: [] })
    const state = manager.state()
    expect(state.status === 'recovery' && state.problem.kind).toBe('invalid')
    expect(state.status === 'recovery' && state.problem.message).toContain(
      'Er is geen omzetting van gegevensversie 0 naar 1',
    )
    const aside = state.status === 'recovery' ? state.problem.movedAsideTo : undefined
    expect(await readFile(aside ?? '')).toEqual(original)
  })

  it('when the before-migration backup cannot be written, the file is left alone and the coach is told', async () => {
    const dir = await dirs.make()
    const original = await readFile(fixture)
    await writeFile(join(dir, STORE_FILE_NAME), original)
    const fs = new FaultyFs().fail('writeFile', 'ENOSPC')
    const manager = await openStoreManager({
      dataDir: dir,
      fsOps: fs,
      sleep: noSleep,
      migrations: [renameMembers, ...migrations],
    })
    const state = manager.state()
    expect(state.status === 'recovery' && state.problem.kind).toBe('unreadable')
    expect(state.status === 'recovery' && state.problem.message).toMatch(/de schijf is vol/)
    expect(await readFile(join(dir, STORE_FILE_NAME))).toEqual(original)
    expect(await filesIn(join(dir, 'backups'))).toEqual([])
  })
})
