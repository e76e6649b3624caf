import { describe, expect, it } from 'vitest'
import {
  readTeamIdentifiersDoc,
  sameTeamChoice,
  TEAM_IDENTIFIERS_DOC,
  teamChoiceLine,
  teamIdentifiersDoc,
} from '../../../shared/sync'

const programmeId = '5f0c2d6e-8a4b-4c1d-9e2f-3a4b5c6d7e8f'
const on = {
  shareIdentifiers: true,
  agreement: 'Verwerkersovereenkomst Krachtstroom 2026',
  by: 'anna',
  at: '2026-12-04T10:00:00.000Z',
}

describe('the team document about resident identifiers', () => {
  it('is read back as the choice it was written with', () => {
    const doc = teamIdentifiersDoc(programmeId, on)
    expect(doc._id).toBe(TEAM_IDENTIFIERS_DOC)
    expect(readTeamIdentifiersDoc({ ...doc, _rev: '1-a' }, programmeId)).toEqual({ ok: true, choice: on })
  })

  it('is refused, naming the field, when it is switched on without an agreement, of another programme, or malformed', () => {
    const noAgreement = readTeamIdentifiersDoc(
      teamIdentifiersDoc(programmeId, { ...on, agreement: ' ' }),
      programmeId,
    )
    expect(noAgreement).toEqual({
      ok: false,
      reason: 'Teamkeuze over bewonersgegevens: agreement: noemt geen verwerkersovereenkomst',
    })
    expect(
      readTeamIdentifiersDoc(teamIdentifiersDoc(programmeId, on), '00000000-0000-4000-8000-000000000000'),
    ).toMatchObject({ ok: false, reason: 'Teamkeuze over bewonersgegevens: hoort bij een ander programma' })
    const notABoolean = readTeamIdentifiersDoc(
      { ...teamIdentifiersDoc(programmeId, on), choice: { ...on, shareIdentifiers: 'ja' } },
      programmeId,
    )
    expect(notABoolean).toMatchObject({ ok: false })
    if (!notABoolean.ok)
      expect(notABoolean.reason).toMatch(/^Teamkeuze over bewonersgegevens: shareIdentifiers: /)
    expect(readTeamIdentifiersDoc('aan', programmeId)).toMatchObject({ ok: false })
  })

  it('compares choices by what they say, and words them for the coach', () => {
    const byBram = { ...on, by: 'bram', at: '2026-12-05T10:00:00.000Z' }
    expect(sameTeamChoice(on, byBram)).toBe(true)
    expect(sameTeamChoice(on, { ...on, agreement: 'Andere overeenkomst' })).toBe(false)
    expect(
      sameTeamChoice({ shareIdentifiers: false, agreement: '' }, { shareIdentifiers: false, agreement: 'x' }),
    ).toBe(true)
    const day = (iso: string): string => iso.slice(0, 10)
    expect(teamChoiceLine(on, day)).toBe(
      'Bewonersgegevens worden gedeeld volgens Verwerkersovereenkomst Krachtstroom 2026, aangezet door anna op 2026-12-04',
    )
    expect(teamChoiceLine({ ...on, shareIdentifiers: false, agreement: '' }, day)).toBe(
      'Bewonersgegevens blijven op elke laptop, uitgezet door anna op 2026-12-04',
    )
  })
})
