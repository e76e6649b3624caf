import {
  type IdeaFilter,
  type IdeaListItem,
  type IdeaNextActionView,
  type IdeaOwnerView,
} from '../../shared/api'
import { foldText } from '../../shared/domain/fold-text'
import { daysBetween } from '../../shared/domain/day-math'
import { isFeedbackDue } from '../../shared/domain/idea-feedback'
import { type Action, type Idea, type StoreData } from '../../shared/model'

const fold = foldText

/** Lookups the idea views need, built once per request. */
export interface IdeaViewContext {
  streetNames: Map<string, string>
  partnerNames: Map<string, string>
  openActionsByIdea: Map<string, number>
  nextActionByIdea: Map<string, IdeaNextActionView>
  today: string
}

/** True when open step `a` comes before `b`: the earliest due date first, steps without one last. */
function dueBefore(a: Action, b: IdeaNextActionView): boolean {
  if (a.due === undefined) return false
  return b.due === undefined || a.due < b.due
}

/** Builds the lookups for one programme in one pass over each collection. */
export function ideaViewContext(
  data: Readonly<StoreData>,
  programmeId: string,
  today: string,
): IdeaViewContext {
  const streetNames = new Map<string, string>()
  for (const s of data.streets) if (s.programmeId === programmeId) streetNames.set(s.id, s.name)
  const partnerNames = new Map<string, string>()
  for (const p of data.partners) if (p.programmeId === programmeId) partnerNames.set(p.id, p.name)
  const memberNames = new Map<string, string>()
  for (const m of data.teamMembers) if (m.programmeId === programmeId) memberNames.set(m.id, m.name)
  const openActionsByIdea = new Map<string, number>()
  const nextActionByIdea = new Map<string, IdeaNextActionView>()
  for (const a of data.actions) {
    if (a.programmeId === programmeId && !a.deletedAt && !a.done && a.ideaId) {
      openActionsByIdea.set(a.ideaId, (openActionsByIdea.get(a.ideaId) ?? 0) + 1)
      const current = nextActionByIdea.get(a.ideaId)
      if (current === undefined || dueBefore(a, current)) {
        const ownerName =
          (a.ownerTeamMemberId && memberNames.get(a.ownerTeamMemberId)) ||
          (a.ownerPartnerId && partnerNames.get(a.ownerPartnerId)) ||
          undefined
        nextActionByIdea.set(a.ideaId, {
          actionId: a.id,
          title: a.title,
          ...(a.due ? { due: a.due } : {}),
          ...(ownerName ? { ownerName } : {}),
        })
      }
    }
  }
  return { streetNames, partnerNames, openActionsByIdea, nextActionByIdea, today }
}

/** The owner partners of an idea with names and waiting days. */
export function ownerViews(idea: Idea, context: IdeaViewContext): IdeaOwnerView[] {
  return idea.owners.map((owner) => ({
    partnerId: owner.partnerId,
    partnerName: context.partnerNames.get(owner.partnerId) ?? 'Onbekende partner',
    since: owner.since,
    ask: owner.ask,
    ...(owner.answeredAt ? { answeredAt: owner.answeredAt } : {}),
    ...(owner.answer ? { answer: owner.answer } : {}),
    waitingDays: Math.max(0, daysBetween(owner.since, owner.answeredAt ?? context.today)),
  }))
}

/** An idea as lists and boards show it. */
export function ideaListItem(idea: Idea, context: IdeaViewContext): IdeaListItem {
  const streetName = idea.streetId ? context.streetNames.get(idea.streetId) : undefined
  const nextAction = context.nextActionByIdea.get(idea.id)
  return {
    idea,
    ...(streetName ? { streetName } : {}),
    owners: ownerViews(idea, context),
    feedbackDue: isFeedbackDue(idea),
    openActions: context.openActionsByIdea.get(idea.id) ?? 0,
    ...(nextAction ? { nextAction } : {}),
  }
}

/** True when an idea passes every filter that is set. */
export function matchesIdeaFilter(idea: Idea, filter: IdeaFilter, context: IdeaViewContext): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(idea.status)) return false
  if (filter.themes?.length && !idea.themes.some((theme) => filter.themes?.includes(theme))) return false
  if (filter.streetIds?.length && !(idea.streetId && filter.streetIds.includes(idea.streetId))) return false
  if (filter.partnerIds?.length && !idea.owners.some((owner) => filter.partnerIds?.includes(owner.partnerId)))
    return false
  if (filter.from && idea.collectedOn < filter.from) return false
  if (filter.to && idea.collectedOn > filter.to) return false
  const search = filter.search?.trim()
  if (search) {
    const haystack = fold(
      `${idea.title} ${idea.description} ${idea.streetId ? (context.streetNames.get(idea.streetId) ?? '') : ''}`,
    )
    if (
      !fold(search)
        .split(/\s+/)
        .every((word) => haystack.includes(word))
    )
      return false
  }
  return true
}

/** The live ideas of a programme that pass the filter, newest collected first. */
export function filterIdeas(
  data: Readonly<StoreData>,
  programmeId: string,
  filter: IdeaFilter,
  context: IdeaViewContext,
): Idea[] {
  return data.ideas
    .filter(
      (idea) =>
        idea.programmeId === programmeId && !idea.deletedAt && matchesIdeaFilter(idea, filter, context),
    )
    .sort((a, b) => b.collectedOn.localeCompare(a.collectedOn) || b.createdAt.localeCompare(a.createdAt))
}
