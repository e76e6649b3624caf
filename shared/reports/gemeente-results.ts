import { currentStatusSince } from '../domain/idea-history'
import { type Idea } from '../model'
import { heading, paragraph, table } from './report-blocks'
import { type ReportContext } from './report-context'
import { type ReportBlock, type TableCell } from './report-model'
import { distinctTitles, ownerNames, streetNameOf } from './idea-views'

/** Above this many realised ideas, the report lists the most recent ones and points to the export. */
export const MAX_LISTED_REALISED = 20

/** Above this many ideas in progress, the report lists the most recent ones and points to the export. */
export const MAX_LISTED_UNDER_WAY = 15

/**
 * What changed for residents through a realised idea: what the coach wrote when it was realised, or
 * else what the residents were told when they heard it was realised; empty when neither is known.
 */
export function whatChangedFor(ctx: ReportContext, idea: Idea): string {
  if (idea.whatChanged.trim() !== '') return ctx.text(idea.whatChanged.trim())
  const told = [...idea.feedback]
    .filter((feedback) => feedback.statusAtFeedback === 'gerealiseerd' && feedback.note.trim() !== '')
    .sort((a, b) => b.date.localeCompare(a.date))[0]
  return told ? ctx.text(told.note.trim()) : ''
}

/** Ideas in a status, the most recent step first (by the coach's dates), then by title. */
function inStatus(ctx: ReportContext, status: Idea['status']): Array<{ idea: Idea; since: string }> {
  return ctx.snapshot.ideas
    .filter((idea) => idea.status === status)
    .map((idea) => ({ idea, since: currentStatusSince(idea) ?? idea.collectedOn }))
    .sort((a, b) => b.since.localeCompare(a.since) || a.idea.title.localeCompare(b.idea.title, 'nl'))
}

/**
 * The realised ideas (the most recent {@link MAX_LISTED_REALISED} when there are more) with their
 * street, partners, the day each was realised and what changed for residents; then the ideas under way (the most recent {@link MAX_LISTED_UNDER_WAY} when there are
 * more), with the day they went into progress. Each under a heading of
 * `level`, for the gemeente report and the verantwoording.
 */
export function realisedAndUnderWay(ctx: ReportContext, level: 2 | 3 = 2): ReportBlock[] {
  const { t, fmt } = ctx
  const g = t.gemeente
  const realised = inStatus(ctx, 'gerealiseerd')
  const underWay = inStatus(ctx, 'in-uitvoering')
  const titles = distinctTitles(
    ctx,
    [...realised, ...underWay].map(({ idea }) => idea),
  )
  const blocks: ReportBlock[] = [heading(level, g.realisedHeading)]
  const listedRealised = realised.slice(0, MAX_LISTED_REALISED)
  if (realised.length > listedRealised.length)
    blocks.push(...paragraph(g.realisedShortList(listedRealised.length, realised.length)))
  if (realised.length === 0) blocks.push(...paragraph(g.noneRealised))
  else
    blocks.push(
      // The street goes under the idea's title, so what changed for residents gets the most room.
      table(
        [
          [g.columnIdeaAndStreet, 25, 'left'],
          [g.columnPartner, 15, 'left'],
          [g.columnRealisedOn, 11, 'left'],
          [g.columnWhatChanged, 49, 'left'],
        ],
        listedRealised.map(({ idea, since }): TableCell[] => [
          [titles.get(idea.id) ?? ctx.text(idea.title), streetNameOf(ctx, idea.streetId)]
            .filter((part) => part !== '')
            .join('\n'),
          ownerNames(ctx, idea),
          fmt.shortDate(since),
          whatChangedFor(ctx, idea) || '—',
        ]),
      ),
    )
  blocks.push(heading(level, g.underWayHeading))
  const listedUnderWay = underWay.slice(0, MAX_LISTED_UNDER_WAY)
  if (underWay.length > listedUnderWay.length)
    blocks.push(...paragraph(g.underWayShortList(listedUnderWay.length, underWay.length)))
  if (underWay.length === 0) blocks.push(...paragraph(g.noneUnderWay))
  else
    blocks.push(
      table(
        [
          [g.columnIdea, 35, 'left'],
          [g.columnStreet, 18, 'left'],
          [g.columnPartner, 34, 'left'],
          [g.columnSince, 13, 'left'],
        ],
        listedUnderWay.map(({ idea, since }): TableCell[] => [
          titles.get(idea.id) ?? ctx.text(idea.title),
          streetNameOf(ctx, idea.streetId),
          ownerNames(ctx, idea),
          fmt.shortDate(since),
        ]),
      ),
    )
  return blocks
}

/** "Wat is er gerealiseerd": a sentence with the counts, then {@link realisedAndUnderWay}. */
export function realisedSection(ctx: ReportContext): ReportBlock[] {
  const g = ctx.t.gemeente
  return [
    heading(1, g.results),
    ...paragraph(
      g.resultsIntro(ctx.stats.ideasByStatus.gerealiseerd, ctx.stats.ideasByStatus['in-uitvoering']),
    ),
    ...realisedAndUnderWay(ctx),
  ]
}
