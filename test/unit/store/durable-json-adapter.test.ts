import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Low } from 'lowdb'
import { DurableJsonAdapter } from '../../../main/store/durable-json-adapter'
import {
  isTempFileFor,
  renameWithRetry,
  syncDirectory,
  writeFileDurably,
} from '../../../main/store/durable-write'
import { FaultyFs, filesIn, noSleep, tempDirs } from './store-test-helpers'

const dirs = tempDirs()
afterEach(() => dirs.cleanup())

describe('DurableJsonAdapter', () => {
  it('writes and reads back, leaving no temp files', async () => {
    const dir = await dirs.make()
    const file = join(dir, 'data.json')
    const adapter = new DurableJsonAdapter<{ items: number[] }>(file)
    expect(await adapter.read()).toBeNull()
    await adapter.write({ items: [1, 2, 3] })
    await adapter.write({ items: [4] })
    expect(await adapter.read()).toEqual({ items: [4] })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ items: [4] })
    expect(await filesIn(dir)).toEqual(['data.json'])
  })

  it('works as a lowdb adapter', async () => {
    const dir = await dirs.make()
    const db = new Low(new DurableJsonAdapter<{ n: number }>(join(dir, 'db.json')), { n: 0 })
    await db.update((data) => {
      data.n = 42
    })
    const again = new Low(new DurableJsonAdapter<{ n: number }>(join(dir, 'db.json')), { n: 0 })
    await again.read()
    expect(again.data).toEqual({ n: 42 })
  })

  it('refuses JSON that would touch the prototype, and passes values through decode', async () => {
    const dir = await dirs.make()
    const file = join(dir, 'x.json')
    await writeFile(file, '{"__proto__":{"polluted":1}}')
    await expect(new DurableJsonAdapter(file).read()).rejects.toThrow(/forbidden-key/)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    await writeFile(file, '{"a":1}')
    const decoded = await new DurableJsonAdapter<string>(file, { decode: (v) => JSON.stringify(v) }).read()
    expect(decoded).toBe('{"a":1}')
  })
})

describe('writeFileDurably', () => {
  it('fsyncs the temp file and the folder, and names the temp file uniquely', async () => {
    const dir = await dirs.make()
    const fs = new FaultyFs()
    await writeFileDurably(join(dir, 'a.json'), 'x', { fs, platform: 'linux' })
    expect(fs.calls.sync).toBe(2)
    expect(fs.calls.rename).toBe(1)
    expect(isTempFileFor(`a.json.${process.pid}.0a1b2c.tmp`, 'a.json')).toBe(true)
    expect(isTempFileFor('a.json.backup.tmp', 'a.json')).toBe(false)
    expect(isTempFileFor('other.json.1.ab.tmp', 'a.json')).toBe(false)
  })

  it('writes pieces in order, across chunk boundaries, as one file', async () => {
    const dir = await dirs.make()
    const target = join(dir, 'pieces.json')
    // 3,000 pieces of 1 KB: several 1 MB chunks and a remainder, each piece recognisable.
    const pieces = Array.from({ length: 3000 }, (_, i) =>
      Buffer.from(`${String(i).padStart(6, '0')};`.repeat(146)),
    )
    await writeFileDurably(target, pieces, { fs: new FaultyFs(), platform: 'linux' })
    expect((await readFile(target)).equals(Buffer.concat(pieces))).toBe(true)
    await writeFileDurably(target, [], { fs: new FaultyFs(), platform: 'linux' })
    expect((await readFile(target)).byteLength).toBe(0)
    expect(await filesIn(dir)).toEqual(['pieces.json'])
  })

  it('skips the folder fsync on Windows and ignores "not supported" errors elsewhere', async () => {
    const dir = await dirs.make()
    const fs = new FaultyFs()
    await writeFileDurably(join(dir, 'a.json'), 'x', { fs, platform: 'win32' })
    expect(fs.calls.sync).toBe(1)
    for (const code of ['EISDIR', 'EPERM', 'EINVAL']) {
      fs.clear()
      fs.fail('open', code, { path: new RegExp(`${dir.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}$`) })
      await expect(syncDirectory(dir, { fs, platform: 'linux' })).resolves.toBeUndefined()
    }
    fs.clear()
    fs.fail('sync', 'EIO', { times: 1 })
    await expect(syncDirectory(dir, { fs, platform: 'darwin' })).rejects.toMatchObject({ code: 'EIO' })
  })

  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'retries a rename that fails with %s while the file is held',
    async (code) => {
      const dir = await dirs.make()
      const file = join(dir, 'a.json')
      await writeFile(file, 'old')
      const fs = new FaultyFs().fail('rename', code, { times: 4 })
      const waits: number[] = []
      await writeFileDurably(file, 'new', { fs, sleep: async (ms) => void waits.push(ms) })
      expect(await readFile(file, 'utf8')).toBe('new')
      expect(fs.calls.rename).toBe(5)
      expect(waits).toEqual([20, 40, 80, 160])
      expect(await filesIn(dir)).toEqual(['a.json'])
    },
  )

  it('gives up after 10 attempts within about 2 s of waiting, removes the temp file and keeps the old content', async () => {
    const dir = await dirs.make()
    const file = join(dir, 'a.json')
    await writeFile(file, 'old')
    const fs = new FaultyFs().fail('rename', 'EBUSY')
    const waits: number[] = []
    await expect(
      writeFileDurably(file, 'new', { fs, sleep: async (ms) => void waits.push(ms) }),
    ).rejects.toMatchObject({ code: 'EBUSY' })
    expect(fs.calls.rename).toBe(10)
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2000)
    expect(await readFile(file, 'utf8')).toBe('old')
    expect(await filesIn(dir)).toEqual(['a.json'])
  })

  it.each([
    ['open', 'EROFS'],
    ['writeFile', 'ENOSPC'],
    ['sync', 'EIO'],
    ['rename', 'EXDEV'],
  ] as const)('on %s failing with %s: throws, removes the temp file, target unchanged', async (op, code) => {
    const dir = await dirs.make()
    const file = join(dir, 'a.json')
    await writeFile(file, 'old')
    const fs = new FaultyFs().fail(op, code, { times: 1 })
    await expect(writeFileDurably(file, 'new', { fs, sleep: noSleep })).rejects.toMatchObject({ code })
    expect(await readFile(file, 'utf8')).toBe('old')
    expect(await filesIn(dir)).toEqual(['a.json'])
  })

  it('renameWithRetry does not retry other errors', async () => {
    const dir = await dirs.make()
    const fs = new FaultyFs().fail('rename', 'ENOENT')
    await expect(
      renameWithRetry(join(dir, 'x'), join(dir, 'y'), { fs, sleep: noSleep }),
    ).rejects.toMatchObject({ code: 'ENOENT' })
    expect(fs.calls.rename).toBe(1)
  })
})
