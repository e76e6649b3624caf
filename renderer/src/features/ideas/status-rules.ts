import { type TFunction } from 'i18next'
import { canChangeIdeaStatus, ideaTransitions } from '../../../../shared/domain/idea-lifecycle'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'

/** The statuses an idea may move to by hand (merging goes through "Samenvoegen"). */
export function manualTargets(from: IdeaStatus): IdeaStatus[] {
  return ideaTransitions[from].filter((status) => status !== 'samengevoegd')
}

/**
 * Why a move from `from` to `to` is refused, in the interface language (the same rule as the API's
 * Dutch message), or undefined when it is allowed.
 */
export function statusMoveProblem(from: IdeaStatus, to: IdeaStatus, t: TFunction): string | undefined {
  if (from === to) return undefined
  if (to === 'samengevoegd') return t('ideas.refusedMerge')
  if (canChangeIdeaStatus(from, to)) return undefined
  const allowed = manualTargets(from).map((status) => `"${t(`ideas.statusWord.${status}`)}"`)
  const refused = t('ideas.refused', {
    from: t(`ideas.statusWord.${from}`),
    to: t(`ideas.statusWord.${to}`),
  })
  if (allowed.length === 0) return refused
  const list =
    allowed.length === 1
      ? allowed[0]
      : `${allowed.slice(0, -1).join(', ')} ${t('ideas.or')} ${allowed.at(-1)}`
  return `${refused} ${t('ideas.refusedOptions', { allowed: list })}`
}

/** True when moving to `to` needs more than a click: partners and an ask, or a reason. */
export function needsDetails(to: IdeaStatus): boolean {
  return to === 'ingebracht' || to === 'niet-haalbaar'
}
