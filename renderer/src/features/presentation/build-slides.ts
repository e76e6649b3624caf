import {
  type PresentationData,
  type PresentationSettings,
  type Slide,
  type SlideKind,
} from './presentation-types'

/** The fixed headings of the slides, in the interface language. */
export type SlideHeadings = Record<Exclude<SlideKind, 'title' | 'idea'>, string>

/**
 * The slides of a presentation: title, key figures, streets, themes, the idea funnel, residents taking
 * the lead (when there is anything to show), one slide per
 * chosen idea, partners, next steps and the invitation, leaving out hidden kinds and slides that would
 * be empty (no streets, no ideas).
 */
export function buildSlides(
  data: PresentationData,
  settings: PresentationSettings,
  headings: SlideHeadings,
): Slide[] {
  const hidden = new Set(settings.hidden)
  const slides: Slide[] = []
  const add = (kind: SlideKind, heading: string, ideaId?: string) => {
    if (!hidden.has(kind))
      slides.push({ id: ideaId ? `${kind}-${ideaId}` : kind, kind, heading, ...(ideaId ? { ideaId } : {}) })
  }
  const hasIdeas = data.stats.ideas > 0
  add('title', data.programme.name)
  add('figures', headings.figures)
  if (data.stats.perStreet.length > 0) add('streets', headings.streets)
  if (data.stats.ideasByTheme.some((theme) => theme.count > 0)) add('themes', headings.themes)
  if (hasIdeas) add('progress', headings.progress)
  const { residents, connections, signals } = data.residents
  if (residents.active + connections.made + signals.total > 0) add('residents', headings.residents)
  for (const ideaId of settings.ideaIds) {
    const item = data.ideas.find((candidate) => candidate.idea.id === ideaId)
    if (item) add('idea', item.idea.title, ideaId)
  }
  add('partners', headings.partners)
  add('next-steps', headings['next-steps'])
  add('invitation', headings.invitation)
  return slides
}

/** The next planned session on or after today, for the invitation slide. */
export function nextPlannedSession(data: Pick<PresentationData, 'sessions' | 'today'>) {
  return data.sessions
    .filter(
      ({ session }) =>
        (session.status === 'gepland' || session.status === 'verplaatst') && session.date >= data.today,
    )
    .sort((a, b) =>
      `${a.session.date}${a.session.startTime}`.localeCompare(`${b.session.date}${b.session.startTime}`),
    )[0]
}
