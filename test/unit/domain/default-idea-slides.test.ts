import { describe, expect, it } from 'vitest'
import { type IdeaListItem } from '../../../shared/api/contract'
import { DEFAULT_IDEA_SLIDES, defaultIdeaIds } from '../../../shared/domain/default-idea-slides'

const item = (id: string, supporters: number, highlighted = false, status = 'uitgewerkt') =>
  ({ idea: { id, supporters, highlighted, status } }) as unknown as IdeaListItem

describe('the ideas that get a slide by default', () => {
  it('takes the marked ideas, best supported first', () => {
    const ideas = [item('a', 3, true), item('b', 50), item('c', 9, true), item('d', 1, true, 'samengevoegd')]
    expect(defaultIdeaIds(ideas)).toEqual(['c', 'a'])
  })

  it('takes the best supported when none is marked', () => {
    const ideas = Array.from({ length: 10 }, (_, i) => item(`i${i}`, i))
    expect(defaultIdeaIds(ideas)).toEqual(['i9', 'i8', 'i7', 'i6', 'i5', 'i4'])
  })

  it('never opens a large programme with hundreds of idea slides', () => {
    const ideas = Array.from({ length: 400 }, (_, i) => item(`m${i}`, i % 37, true))
    const chosen = defaultIdeaIds(ideas)
    expect(chosen).toHaveLength(DEFAULT_IDEA_SLIDES)
    const support = new Map(ideas.map(({ idea }) => [idea.id, idea.supporters]))
    expect(chosen.every((id) => support.get(id) === 36)).toBe(true)
  })
})
