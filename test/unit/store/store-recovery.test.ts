import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, emptyStoreData } from '../../../shared/model'
import { decodeStoreFile } from '../../../main/store/decode-store-file'
import { openStoreManager } from '../../../main/store/store-manager'
import { STORE_FILE_NAME } from '../../../main/store/store-paths'
import { RECOVERY_FILE_NAME } from '../../../main/store/recovery-record'
import { StoreStateError } from '../../../main/store/store-state-error'
import { addMember, filesIn, manualClock, sampleProgramme, tempDirs } from './store-test-helpers'

const dirs = tempDirs()
afterEach(() => dirs.cleanup())

const validJson = JSON.stringify(emptyStoreData())
const invalidEntity = JSON.stringify({
  ...emptyStoreData(),
  programmes: [{ ...sampleProgramme(), name: '' }],
})

const damaged: Array<[string, string | Uint8Array, 'corrupt' | 'invalid' | 'newer-version']> = [
  ['an empty file', '', 'corrupt'],
  ['only whitespace', '  \n', 'corrupt'],
  ['truncated JSON', validJson.slice(0, Math.floor(validJson.length / 2)), 'corrupt'],
  ['NUL bytes', new Uint8Array(4096), 'corrupt'],
  [
    'valid JSON followed by NUL padding',
    Buffer.concat([Buffer.from(validJson), Buffer.alloc(64)]),
    'corrupt',
  ],
  ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe, 0x7b, 0xc3, 0x28]), 'corrupt'],
  ['[] at the top level', '[]', 'invalid'],
  ['null', 'null', 'invalid'],
  ['a number', '42', 'invalid'],
  ['an object without schemaVersion', '{"programmes":[]}', 'invalid'],
  ['an invalid entity', invalidEntity, 'invalid'],
  ['a __proto__ key', '{"__proto__":{"polluted":1}}', 'invalid'],
  ['a __proto__ key spelt with an escape', '{"\\u005f_proto__":{"polluted":1}}', 'invalid'],
  [
    'a nested constructor key',
    JSON.stringify(emptyStoreData()).replace(
      '"settings":{',
      '"settings":{"constructor":{"prototype":{"polluted":1}},',
    ),
    'invalid',
  ],
  [
    'a newer schemaVersion',
    JSON.stringify({ ...emptyStoreData(), schemaVersion: CURRENT_SCHEMA_VERSION + 1, future: true }),
    'newer-version',
  ],
]

describe('decodeStoreFile', () => {
  it.each(damaged)('classifies %s', (_name, content, kind) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    const result = decodeStoreFile(bytes)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.kind).toBe(kind)
  })

  it('accepts a valid file, also with a BOM (as Notepad saves it)', () => {
    expect(decodeStoreFile(Buffer.from(validJson)).ok).toBe(true)
    expect(decodeStoreFile(Buffer.from(`\uFEFF${validJson}`)).ok).toBe(true)
  })

  it('names the field at fault', () => {
    const result = decodeStoreFile(Buffer.from(invalidEntity))
    expect(result.ok === false && result.detail).toMatch(/^programmes\.0\.name: /)
  })
})

describe('opening a damaged store file', () => {
  it.each(damaged.filter(([, , kind]) => kind !== 'newer-version'))(
    'moves %s aside byte-identical and enters recovery',
    async (_name, content, kind) => {
      const dir = await dirs.make()
      const file = join(dir, STORE_FILE_NAME)
      await writeFile(file, content)
      const original = await readFile(file)
      const clock = manualClock(new Date(2026, 4, 6, 14, 5, 9))
      const manager = await openStoreManager({ dataDir: dir, clock: clock.now })
      const state = manager.state()
      expect(state.status).toBe('recovery')
      if (state.status !== 'recovery') return
      expect(state.problem.kind).toBe(kind)
      expect(state.problem.movedAsideTo).toBe(`${file}.corrupt-20260506-140509`)
      expect(state.problem.message).toContain('is apart gezet als krachtstroom.json.corrupt-20260506-140509')
      expect(state.problem.message).toContain('u kunt opnieuw beginnen met lege gegevens')
      expect(await readFile(state.problem.movedAsideTo ?? '')).toEqual(original)
      expect(await filesIn(dir)).toEqual([
        'backups',
        'krachtstroom.json.corrupt-20260506-140509',
        RECOVERY_FILE_NAME,
      ])
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
      await manager.close()
    },
  )

  it('refuses a file from a newer version and leaves it exactly as it is', async () => {
    const dir = await dirs.make()
    const file = join(dir, STORE_FILE_NAME)
    const content = JSON.stringify({ ...emptyStoreData(), schemaVersion: 99, somethingNew: [1, 2] })
    await writeFile(file, content)
    const manager = await openStoreManager({ dataDir: dir })
    const state = manager.state()
    expect(state.status === 'recovery' && state.problem.kind).toBe('newer-version')
    expect(state.status === 'recovery' && state.problem.movedAsideTo).toBeUndefined()
    expect(state.status === 'recovery' && state.problem.message).toMatch(
      /nieuwere versie van Krachtstroom Coach/,
    )
    await manager.close()
    expect(await readFile(file, 'utf8')).toBe(content)
    expect(await filesIn(dir)).toEqual(['backups', STORE_FILE_NAME, RECOVERY_FILE_NAME])
  })

  it('never overwrites an earlier aside file from the same second', async () => {
    const dir = await dirs.make()
    const file = join(dir, STORE_FILE_NAME)
    const clock = manualClock(new Date(2026, 4, 6, 14, 5, 9))
    await writeFile(file, 'first')
    await (await openStoreManager({ dataDir: dir, clock: clock.now })).close()
    await writeFile(file, 'second')
    const manager = await openStoreManager({ dataDir: dir, clock: clock.now })
    const state = manager.state()
    expect(state.status === 'recovery' && state.problem.movedAsideTo).toBe(
      `${file}.corrupt-20260506-140509-2`,
    )
    expect(await readFile(`${file}.corrupt-20260506-140509`, 'utf8')).toBe('first')
    expect(await readFile(`${file}.corrupt-20260506-140509-2`, 'utf8')).toBe('second')
  })

  it('offers no changes while in recovery, and startEmpty starts over without touching the damaged file', async () => {
    const dir = await dirs.make()
    await writeFile(join(dir, STORE_FILE_NAME), '{"broken":')
    const manager = await openStoreManager({ dataDir: dir })
    await expect(manager.createBackup('manual')).rejects.toMatchObject({ code: 'IN_RECOVERY' })
    await manager.startEmpty()
    const state = manager.state()
    expect(state.status).toBe('ok')
    if (state.status !== 'ok') return
    await state.store.update((data) => addMember(data, 'Anna'))
    await expect(manager.startEmpty()).rejects.toBeInstanceOf(StoreStateError)
    await manager.close()
    const files = await filesIn(dir)
    expect(files.filter((f) => f.includes('.corrupt-'))).toHaveLength(1)
    const aside = files.find((f) => f.includes('.corrupt-')) ?? ''
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{"broken":')
  })

  it('removes temp files an interrupted write left behind, and only those', async () => {
    const dir = await dirs.make()
    await writeFile(join(dir, `${STORE_FILE_NAME}.12345.abcdef012345.tmp`), '{"half')
    await writeFile(join(dir, 'notes.tmp'), 'not ours')
    const manager = await openStoreManager({ dataDir: dir })
    expect(manager.state().status).toBe('ok')
    await manager.close()
    expect(await filesIn(dir)).toEqual(['backups', STORE_FILE_NAME, 'notes.tmp'])
  })

  it('starts with an empty store written to disk when there is no file', async () => {
    const dir = await dirs.make()
    const manager = await openStoreManager({ dataDir: join(dir, 'nested', 'data') })
    const state = manager.state()
    expect(state.status === 'ok' && state.store.read()).toEqual(emptyStoreData())
    await manager.close()
    expect(JSON.parse(await readFile(join(dir, 'nested', 'data', STORE_FILE_NAME), 'utf8'))).toEqual(
      emptyStoreData(),
    )
  })
})
