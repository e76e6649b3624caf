import { type IdeaListItem } from '../api/methods/ideas'

/** At most this many ideas get a presentation slide by default; the coach can tick more. */
export const DEFAULT_IDEA_SLIDES = 6

/**
 * The ideas that get a presentation slide by default: those marked "uitgelicht", else those with most
 * support; the best supported {@link DEFAULT_IDEA_SLIDES} of them, so a large programme does not open
 * with a deck of hundreds of slides. Merged ideas never.
 */
export function defaultIdeaIds(ideas: ReadonlyArray<Pick<IdeaListItem, 'idea'>>): string[] {
  const live = ideas.filter((item) => item.idea.status !== 'samengevoegd')
  const marked = live.filter((item) => item.idea.highlighted)
  return [...(marked.length > 0 ? marked : live)]
    .sort((a, b) => b.idea.supporters - a.idea.supporters)
    .slice(0, DEFAULT_IDEA_SLIDES)
    .map((item) => item.idea.id)
}
