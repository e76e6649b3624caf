import { describe, expect, it } from 'vitest'
import { sortWalking } from '../../../shared/domain/address-order'
import { doorRound, inRoundScope, type RoundDoor } from '../../../shared/domain/door-round-scope'
import { type ContactOutcome } from '../../../shared/model/vocabulary'

function door(label: string, latestOutcome?: ContactOutcome, reached = false): RoundDoor & { label: string } {
  const match = /^(\d+)(.*)$/.exec(label)
  return { label, houseNumber: Number(match?.[1]), addition: match?.[2] ?? '', reached, latestOutcome }
}
const labels = (doors: ReadonlyArray<{ label: string }>) => doors.map((d) => d.label)

describe('walking order', () => {
  it('walks a street with only odd numbers up from the lowest number', () => {
    expect(labels(sortWalking([door('9'), door('1'), door('5'), door('3')]))).toEqual(['1', '3', '5', '9'])
  })

  it('walks a street with only even numbers up from the lowest number, not down from the top', () => {
    expect(labels(sortWalking([door('12'), door('2'), door('8'), door('4')]))).toEqual(['2', '4', '8', '12'])
  })

  it('walks the odd side and then the even side, each from its lowest number', () => {
    const mixed = [door('4'), door('3'), door('2'), door('1'), door('6'), door('5')]
    expect(labels(sortWalking(mixed))).toEqual(['1', '3', '5', '2', '4', '6'])
  })

  it('keeps additions right after their number: no addition, then the letter, then other additions', () => {
    const doors = [door('10-10'), door('10'), door('2a'), door('10-2'), door('2'), door('1b'), door('1')]
    expect(labels(sortWalking(doors))).toEqual(['1', '1b', '2', '2a', '10', '10-2', '10-10'])
  })
})

describe('door round scope', () => {
  const street = [
    door('1'),
    door('3', 'gesprek', true),
    door('5', 'niet-thuis'),
    door('7', 'geen-interesse'),
    door('2', 'later-terug'),
    door('4', 'kaartje'),
    door('6', 'niet-thuis', true),
    door('8', 'niet-benaderen'),
  ]

  it('visits every door for "alle"', () => {
    expect(labels(doorRound(street, 'alle'))).toEqual(['1', '3', '5', '7', '2', '4', '6', '8'])
  })

  it('leaves out reached and declined doors for "nog niet bereikt"', () => {
    expect(labels(doorRound(street, 'nog-niet-bereikt'))).toEqual(['1', '5', '2', '4'])
  })

  it('visits only doors not yet reached that were "niet thuis" or "later terugkomen"', () => {
    expect(labels(doorRound(street, 'terugkomen'))).toEqual(['5', '2'])
    expect(inRoundScope(door('6', 'niet-thuis', true), 'terugkomen')).toBe(false)
    expect(inRoundScope(door('9'), 'terugkomen')).toBe(false)
  })
})
