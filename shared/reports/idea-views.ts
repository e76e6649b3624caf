import { type Action, type Idea } from '../model'
import { themeLabel } from '../charts/theme-label'
import { daysBetween } from '../domain/day-math'
import { isFeedbackDue } from '../domain/idea-feedback'
import { type ReportContext } from './report-context'

/** A partner that owns an idea, as reports show it. */
export interface OwnerView {
  partnerId: string
  partnerName: string
  since: string
  ask: string
  answeredAt?: string
  /** What the partner answered (redacted like all free text). */
  answer?: string
  /** Days from `since` to the answer, or to the end of the period while there is none. */
  waitingDays: number
}

/** The idea's themes in the report's language, joined: "Sociale samenhang, Openbare ruimte". */
export function themeNames(ctx: ReportContext, idea: Pick<Idea, 'themes'>): string {
  const labels = new Map(ctx.programme.themes.map((theme) => [theme.code, theme.label]))
  return idea.themes
    .map((code) => ctx.text(themeLabel(code, labels.get(code) ?? code, ctx.language)))
    .join(', ')
}

/** The street an idea (or anything with a streetId) belongs to; empty when none. */
export function streetNameOf(ctx: ReportContext, streetId: string | undefined): string {
  const street = streetId === undefined ? undefined : ctx.streetById.get(streetId)
  return street ? ctx.text(street.name) : ''
}

/** The idea's status in the report's language. */
export function statusLabel(ctx: ReportContext, idea: Pick<Idea, 'status'>): string {
  return ctx.v.ideaStatus[idea.status]
}

/**
 * Who brought the idea in: the pseudonym ("Bewoner Brinkakkerweg") by default; with names, the name
 * and the pseudonym, or with `short` (where the street is shown beside it) the name alone. More
 * initiators are counted ("en 2 anderen").
 */
export function initiatorLabel(ctx: ReportContext, idea: Idea, options: { short?: boolean } = {}): string {
  const first = idea.initiators[0]
  if (!first) return ''
  const street = streetNameOf(ctx, idea.streetId)
  const defaultPseudonym = street !== '' && first.pseudonym.trim() === `Bewoner ${street}`
  const pseudonym = defaultPseudonym ? ctx.t.common.residentOf(street) : ctx.text(first.pseudonym)
  const name = ctx.includeNames ? ctx.text(first.name) : ''
  const label = name === '' ? pseudonym : options.short === true ? name : `${name} (${pseudonym})`
  const others = idea.initiators.length - 1
  return others > 0 ? `${label} ${ctx.t.common.andOthers(others)}` : label
}

/** The partners that own the idea, with how long each has waited for an answer. */
export function ownerViews(ctx: ReportContext, idea: Idea): OwnerView[] {
  return idea.owners.map((owner) => {
    const view: OwnerView = {
      partnerId: owner.partnerId,
      partnerName: ctx.text(ctx.partnerById.get(owner.partnerId)?.name ?? ctx.t.common.unknownPartner),
      since: owner.since,
      ask: ctx.text(owner.ask),
      waitingDays: Math.max(0, daysBetween(owner.since, owner.answeredAt ?? ctx.period.asOf)),
    }
    if (owner.answeredAt !== undefined) view.answeredAt = owner.answeredAt
    if (owner.answer !== undefined && owner.answer.trim() !== '') view.answer = ctx.text(owner.answer)
    return view
  })
}

/** Partner names of an idea, joined; empty when no partner owns it. */
export function ownerNames(ctx: ReportContext, idea: Idea): string {
  return ownerViews(ctx, idea)
    .map((owner) => owner.partnerName)
    .join(', ')
}

/** True when residents have not yet heard about the idea's latest status. */
export function feedbackDue(idea: Idea): boolean {
  return isFeedbackDue(idea)
}

/** Who owns a follow-up: a team member or a partner; empty when nobody does. */
export function actionOwner(ctx: ReportContext, action: Action): string {
  if (action.ownerPartnerId !== undefined)
    return ctx.text(ctx.partnerById.get(action.ownerPartnerId)?.name ?? '')
  if (action.ownerTeamMemberId !== undefined)
    return ctx.text(ctx.teamById.get(action.ownerTeamMemberId)?.name ?? '')
  return ''
}

/** Open follow-ups, overdue first, then by due date (no date last), then by title. */
export function openActions(ctx: ReportContext, filter: (action: Action) => boolean = () => true): Action[] {
  const farAway = '9999-12-31'
  return ctx.snapshot.actions
    .filter((action) => !action.done && filter(action))
    .sort(
      (a, b) => (a.due ?? farAway).localeCompare(b.due ?? farAway) || a.title.localeCompare(b.title, 'nl'),
    )
}

/** "28 nov. 2026 (verlopen)" for an open action past its date, or just the date; empty without a date. */
export function dueLabel(ctx: ReportContext, action: Action): string {
  if (action.due === undefined) return ''
  const date = ctx.fmt.shortDate(action.due)
  return !action.done && action.due < ctx.period.asOf ? `${date} (${ctx.t.common.overdue})` : date
}

/** Why an idea was found not feasible: the reason of its latest "niet haalbaar" step; empty otherwise. */
export function notFeasibleReason(ctx: ReportContext, idea: Idea): string {
  if (idea.status !== 'niet-haalbaar') return ''
  const entry = [...idea.history]
    .reverse()
    .find((step) => step.status === 'niet-haalbaar' && step.reason !== undefined)
  return entry?.reason === undefined ? '' : ctx.text(entry.reason)
}

/** Ideas sorted along the lifecycle (main line first), then by title. */
export function sortIdeas(ideas: readonly Idea[]): Idea[] {
  const order = [
    'gerealiseerd',
    'in-uitvoering',
    'ingebracht',
    'uitgewerkt',
    'opgehaald',
    'geparkeerd',
    'niet-haalbaar',
    'samengevoegd',
  ]
  return [...ideas].sort(
    (a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.title.localeCompare(b.title, 'nl'),
  )
}

/**
 * Titles that tell the ideas of one list apart: the title, or, where two of them share their title
 * and street, the title with the day each was collected (and a number when that is the same too).
 */
export function distinctTitles(ctx: ReportContext, listed: readonly Idea[]): Map<string, string> {
  // An idea listed twice (once per partner) is still one idea.
  const ideas = [...new Map(listed.map((idea) => [idea.id, idea])).values()]
  const key = (idea: Idea, extra = ''): string => `${idea.title}\u0000${idea.streetId ?? ''}\u0000${extra}`
  const count = (keys: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
    return counts
  }
  const plain = count(ideas.map((idea) => key(idea)))
  const dated = count(ideas.map((idea) => key(idea, idea.collectedOn)))
  const seen = new Map<string, number>()
  const titles = new Map<string, string>()
  for (const idea of ideas) {
    const title = ctx.text(idea.title)
    if ((plain.get(key(idea)) ?? 0) < 2) {
      titles.set(idea.id, title)
      continue
    }
    const withDate = `${title} (${ctx.t.common.collectedOn(ctx.fmt.shortDate(idea.collectedOn))})`
    const datedKey = key(idea, idea.collectedOn)
    if ((dated.get(datedKey) ?? 0) < 2) {
      titles.set(idea.id, withDate)
      continue
    }
    const number = (seen.get(datedKey) ?? 0) + 1
    seen.set(datedKey, number)
    titles.set(idea.id, `${withDate} #${number}`)
  }
  return titles
}

/** "Bankje bij het speelveld (Brinkakkerweg)": a title with its street, for lists without a street column. */
export function titleWithStreet(ctx: ReportContext, idea: Idea, title: string): string {
  const street = streetNameOf(ctx, idea.streetId)
  return street === '' ? title : `${title} (${street})`
}
