import { describe, expect, it } from 'vitest'
import { storeCollections } from '../../../shared/model'
import {
  conflictFields,
  entityDoc,
  fillEmptyResidentFields,
  mergeUnionFields,
  readIncomingDoc,
  resolveVersions,
  sharedCollectionNames,
  syncCollections,
  withLocalResidentFields,
  type PlainEntity,
} from '../../../shared/sync'

const programmeId = '5f0c2d6e-8a4b-4c1d-9e2f-3a4b5c6d7e8f'
const addressId = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d'
const streetId = '9f8e7d6c-5b4a-4f3e-8d2c-1b0a9f8e7d6c'
const ideaId = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'

const address: PlainEntity = {
  id: addressId,
  programmeId,
  streetId,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  houseNumber: 12,
  addition: 'a',
  postcode: '',
  householdNote: 'Zorgt voor haar moeder',
  residentName: 'Hermina Zonnebloem',
  phone: '0612345678',
  consentToContact: true,
}

function idea(history: Array<{ at: string; status: string; note: string }>, title = 'Moestuin'): PlainEntity {
  return {
    id: ideaId,
    programmeId,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    title,
    collectedOn: '2026-11-01',
    status: history[history.length - 1]?.status ?? 'opgehaald',
    history: history.map((entry) => ({ ...entry, date: entry.at.slice(0, 10), by: '' })),
  }
}

describe('the table of shared collections', () => {
  it('lists every store collection, with the audit log and report history never shared', () => {
    expect(Object.keys(syncCollections).sort()).toEqual([...storeCollections].sort())
    expect(sharedCollectionNames(false)).not.toContain('auditLog')
    expect(sharedCollectionNames(true)).not.toContain('reportHistory')
  })
})

describe('documents for the team server', () => {
  it('leave resident fields out unless the team opted in, and keep the local ones on arrival', () => {
    const doc = entityDoc('addresses', address, programmeId, false)
    expect(JSON.stringify(doc)).not.toMatch(/Zonnebloem|0612345678|moeder/)
    const arrived = readIncomingDoc(doc, programmeId, false)
    expect(arrived.ok).toBe(true)
    if (!arrived.ok) return
    expect(arrived.entity.residentName).toBe('')
    expect(arrived.absent).toEqual(['residentName', 'phone', 'householdNote'])
    const kept = withLocalResidentFields(arrived.entity, address, arrived.absent)
    expect(kept.residentName).toBe('Hermina Zonnebloem')
    expect(JSON.stringify(entityDoc('addresses', address, programmeId, true))).toContain('Zonnebloem')
  })

  it('keep local resident fields that did not travel even on a laptop that shares identifiers', () => {
    // Another laptop of the team leaves identifiers out and changes the house number addition.
    const fromColleague = entityDoc('addresses', { ...address, addition: 'b' }, programmeId, false)
    const arrived = readIncomingDoc(fromColleague, programmeId, true)
    expect(arrived.ok).toBe(true)
    if (!arrived.ok) return
    const kept = withLocalResidentFields(arrived.entity, address, arrived.absent)
    expect(kept).toMatchObject({
      addition: 'b',
      residentName: 'Hermina Zonnebloem',
      phone: '0612345678',
      householdNote: 'Zorgt voor haar moeder',
    })
  })

  it('take resident fields that did travel, including a name emptied on purpose', () => {
    const emptied = entityDoc(
      'addresses',
      { ...address, residentName: '', phone: '0687654321' },
      programmeId,
      true,
    )
    const arrived = readIncomingDoc(emptied, programmeId, false)
    expect(arrived.ok).toBe(true)
    if (!arrived.ok) return
    expect(arrived.absent).toEqual([])
    const kept = withLocalResidentFields(arrived.entity, address, arrived.absent)
    expect(kept.residentName).toBe('')
    expect(kept.phone).toBe('0687654321')
  })

  it('refuse a document of another programme, of a local-only collection, or that does not fit the schema', () => {
    const doc = entityDoc('addresses', address, programmeId, false)
    expect(readIncomingDoc(doc, '00000000-0000-4000-8000-000000000000', false)).toMatchObject({ ok: false })
    expect(readIncomingDoc({ ...doc, collection: 'auditLog' }, programmeId, false)).toMatchObject({
      ok: false,
      reason: 'Logboek worden niet gedeeld',
    })
    const broken = readIncomingDoc(
      { ...doc, entity: { ...doc.entity, houseNumber: 'twaalf' } },
      programmeId,
      false,
    )
    expect(broken).toMatchObject({ ok: false })
    if (!broken.ok) expect(broken.reason).toMatch(/^Adressen: houseNumber: /)
    expect(readIncomingDoc({ ...doc, _id: `addresses:${streetId}` }, programmeId, false)).toMatchObject({
      ok: false,
    })
    expect(readIncomingDoc('geen document', programmeId, false)).toMatchObject({ ok: false })
  })
})

describe('merging versions of one entity', () => {
  it('does not count a resident field one laptop never knew as a different value', () => {
    const unknown = { ...address, residentName: '', phone: '', householdNote: '' }
    const versions = fillEmptyResidentFields('addresses', [unknown, address])
    expect(versions[0]).toEqual(address)
    expect(conflictFields('addresses', versions)).toEqual([])
    // Two different names stay a difference the coach chooses between.
    const other = fillEmptyResidentFields('addresses', [
      { ...address, residentName: 'Gerrit Klaproos' },
      address,
    ])
    expect(conflictFields('addresses', other).map((f) => f.field)).toEqual(['residentName'])
  })

  const start = { at: '2026-11-01T10:00:00.000Z', status: 'opgehaald', note: '' }
  const worked = { at: '2026-11-03T10:00:00.000Z', status: 'uitgewerkt', note: 'Met bewoners' }
  const parked = { at: '2026-11-02T10:00:00.000Z', status: 'geparkeerd', note: 'Even wachten' }

  it('keeps every history entry of every version once, in time order, with the status of the newest', () => {
    const merged = mergeUnionFields('ideas', idea([start, parked]), [idea([start, worked])])
    expect((merged.history as Array<{ status: string }>).map((entry) => entry.status)).toEqual([
      'opgehaald',
      'geparkeerd',
      'uitgewerkt',
    ])
    expect(merged.status).toBe('uitgewerkt')
  })

  it('lists the differing fields a coach can choose between and applies the choice per field', () => {
    const versions = [
      idea([start], 'Moestuin bij de school'),
      { ...idea([start, worked], 'Moestuin in het park'), updatedAt: '2026-11-03T10:00:00.000Z' },
    ]
    const fields = conflictFields('ideas', versions)
    // Not the status (it follows the merged history) and not the bookkeeping of when it changed.
    expect(fields.map((f) => f.field)).toEqual(['title'])
    const chosen = resolveVersions('ideas', versions, { title: 1 })
    expect(chosen.title).toBe('Moestuin in het park')
    expect((chosen.history as unknown[]).length).toBe(2)
    expect(chosen.status).toBe('uitgewerkt')
  })

  it('offers nothing to choose when the versions differ only in their history and bookkeeping', () => {
    const versions = [
      idea([start, parked]),
      { ...idea([start, worked]), updatedAt: '2026-11-03T10:00:00.000Z' },
    ]
    expect(conflictFields('ideas', versions)).toEqual([])
  })
})
