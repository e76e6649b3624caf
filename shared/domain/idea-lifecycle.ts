import { type IdeaStatus } from '../model'

/**
 * The one table of allowed idea status changes. The main line runs opgehaald → uitgewerkt →
 * ingebracht → in-uitvoering → gerealiseerd; an idea can step back one place (a partner sends it
 * back), be parked or found not feasible from any open status, and come back from those. Merging
 * (samengevoegd) happens only through `idea.merge` and is final.
 */
export const ideaTransitions: Readonly<Record<IdeaStatus, readonly IdeaStatus[]>> = {
  opgehaald: ['uitgewerkt', 'geparkeerd', 'niet-haalbaar', 'samengevoegd'],
  uitgewerkt: ['ingebracht', 'opgehaald', 'geparkeerd', 'niet-haalbaar', 'samengevoegd'],
  ingebracht: ['in-uitvoering', 'uitgewerkt', 'geparkeerd', 'niet-haalbaar', 'samengevoegd'],
  'in-uitvoering': ['gerealiseerd', 'ingebracht', 'geparkeerd', 'niet-haalbaar'],
  gerealiseerd: ['in-uitvoering'],
  geparkeerd: ['opgehaald', 'uitgewerkt', 'ingebracht', 'niet-haalbaar'],
  'niet-haalbaar': ['opgehaald', 'uitgewerkt', 'geparkeerd'],
  samengevoegd: [],
}

/** The main line, in order, for boards and funnels. */
export const ideaMainLine: readonly IdeaStatus[] = [
  'opgehaald',
  'uitgewerkt',
  'ingebracht',
  'in-uitvoering',
  'gerealiseerd',
]

/** Statuses in which the idea is still going somewhere. */
export const openIdeaStatuses: readonly IdeaStatus[] = [
  'opgehaald',
  'uitgewerkt',
  'ingebracht',
  'in-uitvoering',
  'geparkeerd',
]

/** Dutch words for statuses inside sentences ("naar ingebracht bij partner"). */
export const ideaStatusWords: Readonly<Record<IdeaStatus, string>> = {
  opgehaald: 'opgehaald',
  uitgewerkt: 'uitgewerkt',
  ingebracht: 'ingebracht bij partner',
  'in-uitvoering': 'in uitvoering',
  gerealiseerd: 'gerealiseerd',
  geparkeerd: 'geparkeerd',
  'niet-haalbaar': 'niet haalbaar',
  samengevoegd: 'samengevoegd',
}

/** True when an idea may go from `from` to `to`. */
export function canChangeIdeaStatus(from: IdeaStatus, to: IdeaStatus): boolean {
  return ideaTransitions[from].includes(to)
}

/**
 * Why a status change is refused, in Dutch, or undefined when it is allowed. Also checks what the
 * target status needs: a reason for "niet haalbaar", a partner for "ingebracht".
 */
export function ideaStatusChangeProblem(
  from: IdeaStatus,
  to: IdeaStatus,
  details: { reason?: string; hasOwners: boolean; viaMerge?: boolean },
): string | undefined {
  if (from === to) return `Status: het idee staat al op "${ideaStatusWords[to]}".`
  if (to === 'samengevoegd' && !details.viaMerge)
    return 'Status: voeg een idee samen met "Samenvoegen", zodat bekend is met welk idee.'
  if (!canChangeIdeaStatus(from, to)) {
    const allowed = ideaTransitions[from]
      .filter((s) => s !== 'samengevoegd')
      .map((s) => `"${ideaStatusWords[s]}"`)
    const options = allowed.length > 0 ? ` Van hieruit kan het naar ${allowed.join(', ')}.` : ''
    return `Status: een idee dat ${ideaStatusWords[from]} is, kan niet naar "${ideaStatusWords[to]}".${options}`
  }
  if (to === 'niet-haalbaar' && !details.reason?.trim())
    return 'Reden: geef aan waarom het idee niet haalbaar is.'
  if (to === 'ingebracht' && !details.hasOwners)
    return 'Partners: kies bij welke partner het idee is ingebracht.'
  return undefined
}
