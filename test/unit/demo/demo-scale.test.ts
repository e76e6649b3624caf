import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../shared/demo/generate-demo'
import { NOW, referenceProblems, schemaProblems, timestampProblems, TODAY } from './demo-checks'

describe('generateDemo at larger scales', () => {
  it('scale 10: 40 streets, 1,500 addresses, 300 ideas, 103 sessions, about 4,000 contacts, all valid', () => {
    const demo = generateDemo({ scale: 10, today: TODAY, now: NOW })
    expect(demo.streets).toHaveLength(40)
    expect(demo.addresses).toHaveLength(1500)
    expect(demo.ideas).toHaveLength(300)
    expect(demo.sessions).toHaveLength(103)
    expect(demo.actions).toHaveLength(100)
    expect(demo.areas).toHaveLength(1)
    expect(demo.contacts.length).toBeGreaterThan(3600)
    expect(demo.contacts.length).toBeLessThan(4400)
    expect(new Set(demo.streets.map((s) => s.name)).size).toBe(40)
    expect(schemaProblems(demo)).toEqual([])
    expect(referenceProblems(demo)).toEqual([])
    expect(timestampProblems(demo, NOW)).toEqual([])
    expect(generateDemo({ scale: 10, today: TODAY, now: NOW })).toEqual(demo)
  })

  it('scale 100: 400 streets in 10 areas, 15,000 addresses, 3,000 ideas, 1,003 sessions, about 40,000 contacts', () => {
    const demo = generateDemo({ scale: 100, today: TODAY, now: NOW })
    expect(demo.streets).toHaveLength(400)
    expect(demo.areas).toHaveLength(10)
    expect(demo.addresses).toHaveLength(15_000)
    expect(demo.ideas).toHaveLength(3000)
    expect(demo.sessions).toHaveLength(1003)
    expect(demo.contacts.length).toBeGreaterThan(36_000)
    expect(demo.contacts.length).toBeLessThan(44_000)
    expect(new Set(demo.streets.map((s) => s.name)).size).toBe(400)
    expect(new Set(demo.streets.map((s) => s.areaId)).size).toBe(10)
    expect(referenceProblems(demo)).toEqual([])
  })
})
