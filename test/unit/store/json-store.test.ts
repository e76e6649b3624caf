import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { storeDataSchema, type StoreData } from '../../../shared/model'
import { type JsonStore } from '../../../main/store/json-store'
import {
  openStoreManager,
  type JsonStoreManager,
  type StoreManagerOptions,
} from '../../../main/store/store-manager'
import { STORE_FILE_NAME } from '../../../main/store/store-paths'
import { StoreWriteError } from '../../../main/store/store-write-error'
import { addMember, FaultyFs, filesIn, noSleep, sampleProgramme, tempDirs } from './store-test-helpers'

const dirs = tempDirs()
const opened: JsonStoreManager[] = []
afterEach(async () => {
  // Background work (the daily backup after the first change) must end before the folder goes.
  await Promise.all(opened.splice(0).map((manager) => manager.close().catch(() => undefined)))
  await dirs.cleanup()
})

async function openOk(
  options: Partial<StoreManagerOptions> = {},
): Promise<{ manager: JsonStoreManager; store: JsonStore; dir: string; fs: FaultyFs }> {
  const dir = await dirs.make()
  const fs = new FaultyFs()
  const manager = await openStoreManager({ dataDir: dir, fsOps: fs, sleep: noSleep, ...options })
  opened.push(manager)
  const state = manager.state()
  if (state.status !== 'ok') throw new Error('expected an ok store')
  return { manager, store: state.store as JsonStore, dir, fs }
}

async function onDisk(dir: string): Promise<StoreData> {
  return storeDataSchema.parse(JSON.parse(await readFile(join(dir, STORE_FILE_NAME), 'utf8')))
}

const names = (data: Readonly<StoreData>): string[] => data.teamMembers.map((m) => m.name)

describe('JsonStore write queue', () => {
  it('resolves with the mutator result once the change is on disk', async () => {
    const { manager, store, dir } = await openOk()
    const member = await store.update((data) => addMember(data, 'Anna'))
    expect(member.name).toBe('Anna')
    expect(names(await onDisk(dir))).toEqual(['Anna'])
    expect(names(store.read())).toEqual(['Anna'])
    await manager.close()
  })

  it('read() returns the last durable state without copying', async () => {
    const { store } = await openOk()
    expect(store.read()).toBe(store.read())
    const pending = store.update((data) => addMember(data, 'Bert'))
    expect(names(store.read())).toEqual([])
    await pending
    expect(names(store.read())).toEqual(['Bert'])
  })

  it('batches changes that arrive together into fewer disk writes; all resolve and all are kept', async () => {
    const { manager, store, dir } = await openOk()
    const before = store.writeCount
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => store.update((data) => addMember(data, `lid-${i}`).name)),
    )
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => `lid-${i}`))
    expect(store.writeCount - before).toBeLessThan(10)
    expect(names(await onDisk(dir))).toEqual(results)
    await manager.close()
  })

  it('changes that arrive while a write is in flight share the next write', async () => {
    const { store, dir } = await openOk()
    const before = store.writeCount
    const first = store.update((data) => addMember(data, 'eerste'))
    await Promise.resolve()
    await Promise.resolve()
    const later = Array.from({ length: 20 }, (_, i) => store.update((data) => addMember(data, `later-${i}`)))
    await Promise.all([first, ...later])
    expect(store.writeCount - before).toBe(2)
    expect(names(await onDisk(dir))).toHaveLength(21)
  })

  it('a throwing mutator rejects and changes nothing, also when it ran in a batch with others', async () => {
    const { store, dir } = await openOk()
    await store.update((data) => addMember(data, 'Anna'))
    const boom = new Error('kapot')
    const results = await Promise.allSettled([
      store.update((data) => addMember(data, 'B')),
      store.update((data) => {
        addMember(data, 'half')
        data.teamMembers[0]!.name = 'overschreven'
        throw boom
      }),
      store.update((data) => addMember(data, 'C')),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(results[1]).toMatchObject({ reason: boom })
    expect(names(store.read())).toEqual(['Anna', 'B', 'C'])
    expect(names(await onDisk(dir))).toEqual(['Anna', 'B', 'C'])
  })

  it('a lone throwing mutator does not write at all', async () => {
    const { store } = await openOk()
    const before = store.writeCount
    await expect(
      store.update(() => {
        throw new Error('nee')
      }),
    ).rejects.toThrow('nee')
    expect(store.writeCount).toBe(before)
  })

  it('refuses an async mutator', async () => {
    const { store } = await openOk()
    await expect(store.update(async (data) => addMember(data, 'x'))).rejects.toThrow(/synchroon/)
    expect(names(store.read())).toEqual([])
  })

  it('refuses only the change that would make the data invalid', async () => {
    const { store, dir } = await openOk()
    const results = await Promise.allSettled([
      store.update((data) => addMember(data, 'goed')),
      store.update((data) => {
        data.programmes.push({ ...sampleProgramme(), name: '' })
      }),
      store.update((data) => addMember(data, 'ook goed')),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(results[1]).toMatchObject({ reason: { name: 'StoreWriteError', code: 'INVALID_DATA' } })
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/programmes\.1\.name/)
    expect(store.read().programmes).toHaveLength(1)
    expect(names(await onDisk(dir))).toEqual(['goed', 'ook goed'])
  })

  it('update after close is refused; close flushes queued changes', async () => {
    const { manager, store, dir } = await openOk()
    const queued = store.update((data) => addMember(data, 'laatste'))
    await manager.close()
    await queued
    expect(names(await onDisk(dir))).toEqual(['laatste'])
    await expect(store.update((data) => addMember(data, 'te laat'))).rejects.toMatchObject({ code: 'CLOSED' })
  })
})

describe('JsonStore when the disk fails', () => {
  it.each([
    ['ENOSPC', 'writeFile', 'DISK_FULL', /^Opslaan is mislukt: de schijf is vol\./],
    ['EROFS', 'open', 'READ_ONLY', /^Opslaan is mislukt: de map is alleen-lezen/],
    ['EACCES', 'open', 'READ_ONLY', /^Opslaan is mislukt: de map is alleen-lezen/],
    [
      'EPERM',
      'rename',
      'IN_USE',
      /^Opslaan is mislukt: het bestand is in gebruik \(bijvoorbeeld door een virusscanner/,
    ],
    ['EBUSY', 'rename', 'IN_USE', /het bestand is in gebruik/],
    ['EIO', 'sync', 'IO', /^Opslaan is mislukt door een fout van de schijf of het systeem \(EIO\)/],
  ] as const)(
    '%s (on %s): every caller in the batch rejects in Dutch, memory and disk keep the last good state, and a later update works',
    async (code, op, storeCode, message) => {
      const { manager, store, dir, fs } = await openOk()
      await store.update((data) => addMember(data, 'Anna'))
      const durable = store.read()
      fs.fail(op, code, { path: /\.tmp$/ })
      const results = await Promise.allSettled([
        store.update((data) => addMember(data, 'B')),
        store.update((data) => addMember(data, 'C')),
      ])
      for (const result of results) {
        expect(result.status).toBe('rejected')
        const reason = (result as PromiseRejectedResult).reason as StoreWriteError
        expect(reason).toBeInstanceOf(StoreWriteError)
        expect(reason.code).toBe(storeCode)
        expect(reason.systemCode).toBe(code)
        expect(reason.message).toMatch(message)
      }
      expect(store.read()).toBe(durable)
      expect(names(await onDisk(dir))).toEqual(['Anna'])
      expect(manager.lastWriteError()).toMatch(message)
      expect(await filesIn(dir)).toEqual(['backups', STORE_FILE_NAME])

      fs.clear()
      await store.update((data) => addMember(data, 'D'))
      expect(names(store.read())).toEqual(['Anna', 'D'])
      expect(names(await onDisk(dir))).toEqual(['Anna', 'D'])
      expect(manager.lastWriteError()).toBeUndefined()
      await manager.close()
    },
  )

  it('a rename held a few times by antivirus still succeeds', async () => {
    const { store, dir, fs } = await openOk()
    fs.fail('rename', 'EPERM', { times: 3 }).fail('rename', 'EBUSY', { times: 3 })
    await store.update((data) => addMember(data, 'Anna'))
    expect(names(await onDisk(dir))).toEqual(['Anna'])
  })
})

describe('JsonStore incremental changes (immer, validation of what changed)', () => {
  it('hands out its own plain copy of a result, also when a mutator returns a draft', async () => {
    const { store } = await openOk()
    await store.update((data) => addMember(data, 'Anna'))
    const [direct, added] = await Promise.all([
      store.update((data) => {
        const member = data.teamMembers[0]!
        member.name = 'Anna B'
        return { member, all: data.teamMembers }
      }),
      store.update((data) => addMember(data, 'Bert')),
    ])
    // A draft that escaped would be a revoked proxy here and throw on access.
    expect(direct.member.name).toBe('Anna B')
    expect(direct.all.map((m) => m.name)).toEqual(['Anna B'])
    expect(JSON.parse(JSON.stringify(direct.member))).toMatchObject({ name: 'Anna B' })
    // Changing what was handed out never changes the store.
    direct.member.name = 'Iemand anders'
    added.name = 'Ook iemand anders'
    expect(names(store.read())).toEqual(['Anna B', 'Bert'])
    expect(store.read().teamMembers).not.toContain(added)
  })

  it('keeps untouched entities as they were (structural sharing) and normalises what changed', async () => {
    const { store, dir } = await openOk()
    await store.update((data) => addMember(data, 'Anna'))
    const before = store.read()
    await store.update((data) => {
      addMember(data, '  Bert  ')
    })
    const after = store.read()
    expect(after).not.toBe(before)
    expect(after.programmes[0]).toBe(before.programmes[0])
    expect(after.teamMembers[0]).toBe(before.teamMembers[0])
    expect(after.partners).toBe(before.partners)
    expect(names(after)).toEqual(['Anna', 'Bert'])
    expect(names(await onDisk(dir))).toEqual(['Anna', 'Bert'])
  })

  it('refuses a faulty edit of an existing entity or of the settings, naming the field', async () => {
    const { store, dir } = await openOk()
    await store.update((data) => addMember(data, 'Anna'))
    const results = await Promise.allSettled([
      store.update((data) => {
        data.teamMembers[0]!.name = ''
      }),
      store.update((data) => {
        data.settings.backupsToKeep = 0
      }),
      store.update((data) => addMember(data, 'Bert')),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled'])
    const messages = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason.message)] : []))
    expect(messages[0]).toMatch(/teamMembers\.0\.name/)
    expect(messages[1]).toMatch(/settings\.backupsToKeep/)
    expect(results[0]).toMatchObject({ reason: { code: 'INVALID_DATA' } })
    expect(names(store.read())).toEqual(['Anna', 'Bert'])
    expect(store.read().settings.backupsToKeep).toBe(14)
    expect(names(await onDisk(dir))).toEqual(['Anna', 'Bert'])
  })
})
