import { describe, expect, it, vi } from 'vitest'
import { serialiseJson } from '../../../main/store/safe-json'
import { StoreSerialiser } from '../../../main/store/store-serialiser'
import { generateDemo } from '../../../shared/demo/generate-demo'
import { emptyStoreData } from '../../../shared/model'

const bytesOf = (data: unknown): Buffer => Buffer.from(serialiseJson(data))

describe('StoreSerialiser', () => {
  it('writes exactly the bytes of serialiseJson for a real store, also after a change', () => {
    const demo = generateDemo({ scale: 1, today: '2026-11-28', now: '2026-11-28T09:00:00.000Z' })
    const data = {
      ...emptyStoreData(),
      ideas: demo.ideas,
      contacts: demo.contacts,
      addresses: demo.addresses,
    }
    const serialiser = new StoreSerialiser()
    expect(serialiser.serialise(data).equals(bytesOf(data))).toBe(true)
    const changed = {
      ...data,
      ideas: [...data.ideas.slice(1), { ...data.ideas[0]!, title: 'Nieuw “idee” ü' }],
    }
    expect(serialiser.serialise(changed).equals(bytesOf(changed))).toBe(true)
  })

  it('stays exact through appends, replacements, removals and shrinking across many blocks', () => {
    const serialiser = new StoreSerialiser()
    const item = (n: number) => ({ id: `c${n}`, n, note: n % 7 === 0 ? 'regel\nregel' : 'ë' })
    let list = Array.from({ length: 1000 }, (_, n) => item(n))
    let data: Record<string, unknown> = { schemaVersion: 1, contacts: list, other: [item(-1)] }
    const check = () => expect(serialiser.serialise(data).equals(bytesOf(data))).toBe(true)
    check()
    list = [...list, item(1000)] // append: the last block changes
    data = { ...data, contacts: list }
    check()
    list = list.map((entry, i) => (i === 300 ? { ...entry, note: 'gewijzigd' } : entry)) // one replaced
    data = { ...data, contacts: list }
    check()
    list = [...list.slice(0, 10), ...list.slice(11)] // one removed: every later element moves
    data = { ...data, contacts: list }
    check()
    list = list.slice(0, 256) // exactly one block
    data = { ...data, contacts: list }
    check()
    const { other: _other, ...withoutOther } = data // a collection disappears
    data = withoutOther
    check()
    data = { ...data, contacts: [] }
    check()
  })

  it('can encode ahead, a block per step, so the first write only copies', () => {
    const serialiser = new StoreSerialiser()
    const list = Array.from({ length: 600 }, (_, n) => ({ id: `c${n}` }))
    const data = { schemaVersion: 1, contacts: list, ideas: [{ id: 'i' }], empty: [] }
    const step = serialiser.prepare(data)
    let steps = 1
    while (step()) steps += 1
    expect(steps).toBe(3 + 1) // three blocks of contacts, one of ideas
    const expected = bytesOf(data)
    const stringify = vi.spyOn(JSON, 'stringify')
    let written: Buffer
    let calls: number
    try {
      written = serialiser.serialise(data)
      calls = stringify.mock.calls.length
    } finally {
      stringify.mockRestore()
    }
    expect(written.equals(expected)).toBe(true)
    // Only the keys and the one plain value are encoded now; the 601 elements were encoded ahead.
    expect(calls).toBeGreaterThan(0)
    expect(calls).toBeLessThan(10)
  })

  it('matches JSON.stringify for edge cases: empty, undefined values, nested arrays, non-objects in lists', () => {
    const serialiser = new StoreSerialiser()
    for (const value of [
      {},
      { a: [] },
      { a: undefined, b: 1 },
      { a: [1, 'x', null, undefined, [2, [3]], { b: [] }], c: { d: { e: 'f\ng' } } },
      { list: [{ when: new Date(0) }, new Date(1)] },
    ]) {
      expect(serialiser.serialise(value).toString('utf8')).toBe(serialiseJson(value))
    }
  })
})
