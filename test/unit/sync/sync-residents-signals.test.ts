import { describe, expect, it } from 'vitest'
import {
  entityDoc,
  mergeUnionFields,
  readIncomingDoc,
  resolveVersions,
  sharedCollectionNames,
  withLocalResidentFields,
  type PlainEntity,
} from '../../../shared/sync'

const programmeId = '5f0c2d6e-8a4b-4c1d-9e2f-3a4b5c6d7e8f'
const streetId = '9f8e7d6c-5b4a-4f3e-8d2c-1b0a9f8e7d6c'
const residentId = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'
const signalId = '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a'
const connectionId = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b'
const stamp = '2026-11-01T10:00:00.000Z'

const resident: PlainEntity = {
  id: residentId,
  programmeId,
  createdAt: stamp,
  updatedAt: stamp,
  streetId,
  pseudonym: 'Bewoner Lijsterstraat',
  name: 'Hermina Zonnebloem',
  consentToBeNamed: true,
  roles: [],
}

function signal(history: Array<{ status: string; on: string }>): PlainEntity {
  return {
    id: signalId,
    programmeId,
    createdAt: stamp,
    updatedAt: stamp,
    category: 'eenzaamheid',
    date: '2026-11-01',
    streetId,
    consent: 'vastleggen',
    consentHow: 'mondeling',
    consentOn: '2026-11-01',
    note: 'Mevrouw Zonnebloem is veel alleen sinds haar man overleed',
    status: history[history.length - 1]?.status ?? 'open',
    history,
  }
}

function connection(checks: Array<{ on: string; running: boolean }>, description: string): PlainEntity {
  return {
    id: connectionId,
    programmeId,
    createdAt: stamp,
    updatedAt: stamp,
    kind: 'burenhulp',
    description,
    date: '2026-11-01',
    residentIds: [residentId],
    addressIds: [],
    streetIds: [streetId],
    signalId,
    checks,
  }
}

describe('active residents on the team server', () => {
  it('travel without their name by default, and keep the name on the laptop that has it', () => {
    const doc = entityDoc('residents', resident, programmeId, false)
    expect(doc.entity).not.toHaveProperty('name')
    expect(JSON.stringify(doc)).not.toContain('Zonnebloem')
    expect(doc.entity.pseudonym).toBe('Bewoner Lijsterstraat')

    const arrived = readIncomingDoc(doc, programmeId, false)
    expect(arrived).toMatchObject({ ok: true })
    if (!arrived.ok) return
    // New to a laptop: no name at all.
    expect(arrived.entity.name).toBe('')
    expect(withLocalResidentFields(arrived.entity, undefined, arrived.absent).name).toBe('')
    // Known on this laptop: its own name stays, while the shared fields follow the other laptop.
    const renamed = { ...arrived.entity, pseudonym: 'Bewoner hoek Lijsterstraat' }
    const kept = withLocalResidentFields(renamed, resident, arrived.absent)
    expect(kept.name).toBe('Hermina Zonnebloem')
    expect(kept.pseudonym).toBe('Bewoner hoek Lijsterstraat')
  })

  it('travel with their name once the team opted in to share identifiers', () => {
    const doc = entityDoc('residents', resident, programmeId, true)
    expect(doc.entity.name).toBe('Hermina Zonnebloem')
    const arrived = readIncomingDoc(doc, programmeId, true)
    expect(arrived.ok && arrived.entity.name).toBe('Hermina Zonnebloem')
  })
})

describe('signals on the team server', () => {
  const open = signal([{ status: 'open', on: '2026-11-01' }])

  it('stay on the laptop without the opt-in, and an arriving one is refused', () => {
    expect(sharedCollectionNames(false)).not.toContain('signals')
    const doc = entityDoc('signals', open, programmeId, true)
    expect(readIncomingDoc(doc, programmeId, false)).toEqual({
      ok: false,
      reason: 'Signalen worden niet gedeeld',
    })
  })

  it('are shared, note included, with the opt-in', () => {
    expect(sharedCollectionNames(true)).toContain('signals')
    const doc = entityDoc('signals', open, programmeId, true)
    const arrived = readIncomingDoc(doc, programmeId, true)
    expect(arrived).toMatchObject({ ok: true, collection: 'signals' })
    expect(arrived.ok && arrived.entity.note).toBe(open.note)
  })

  it('merge their history from both laptops, the status following the newest entry', () => {
    const here = signal([
      { status: 'open', on: '2026-11-01' },
      { status: 'opgepakt', on: '2026-11-03' },
    ])
    const there = signal([
      { status: 'open', on: '2026-11-01' },
      { status: 'overgedragen', on: '2026-11-05' },
    ])
    const merged = mergeUnionFields('signals', here, [there])
    expect(merged.history).toEqual([
      { status: 'open', on: '2026-11-01' },
      { status: 'opgepakt', on: '2026-11-03' },
      { status: 'overgedragen', on: '2026-11-05' },
    ])
    expect(merged.status).toBe('overgedragen')
    // Whichever version won, the same result.
    expect(mergeUnionFields('signals', there, [here])).toMatchObject({
      history: merged.history,
      status: 'overgedragen',
    })
  })
})

describe('connections on the team server', () => {
  it('merge their checks from both laptops and keep the chosen description', () => {
    const here = connection(
      [
        { on: '2026-11-10', running: true },
        { on: '2026-12-01', running: false },
      ],
      'Buurvrouw doet de boodschappen',
    )
    const there = connection(
      [
        { on: '2026-11-10', running: true },
        { on: '2026-11-20', running: true },
      ],
      'Buurvrouw doet de boodschappen en kookt op vrijdag',
    )
    const chosen = resolveVersions('connections', [here, there], { description: 1 })
    expect(chosen.description).toBe('Buurvrouw doet de boodschappen en kookt op vrijdag')
    expect(chosen.checks).toEqual([
      { on: '2026-11-10', running: true },
      { on: '2026-11-20', running: true },
      { on: '2026-12-01', running: false },
    ])
    expect(chosen.signalId).toBe(signalId)
  })
})
