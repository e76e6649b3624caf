import {
  activitiesSection,
  differencesSection,
  goalsSection,
  isFinalAccountability,
  resultsSection,
  signatureSection,
} from './accountability-sections'
import { facts, heading, paragraph, paragraphs } from './report-blocks'
import { type ReportContext } from './report-context'
import { frameReport } from './report-frame'
import { type ReportBlock, type ReportModel } from './report-model'
import { partnerSection } from './gemeente-sections'
import { residentsAccountabilitySection } from './residents-sections'

/**
 * The verantwoording / activiteitenverslag (art. 4:80 Awb), titled "Tussentijdse verantwoording"
 * while the programme runs and "Eindverantwoording" once the period reaches its end (or as the coach
 * chose): the goals agreed with the gemeente against what was achieved, a factual explanation of the
 * differences, the activities by nature and scale, the results for residents, residents taking the
 * lead (against their optional goals), the cooperation with partners, and a signature block.
 */
export function buildAccountabilityReport(ctx: ReportContext): ReportModel {
  const { t, fmt, programme, period } = ctx
  const a = t.accountability
  const runningTime =
    programme.period.end === undefined
      ? a.openEnded(fmt.date(programme.period.start))
      : fmt.period(programme.period.start, programme.period.end)
  const blocks: ReportBlock[] = [
    heading(1, a.introduction),
    ...paragraph(
      a.intro(ctx.text(programme.name), ctx.text(programme.gemeente), fmt.period(period.from, period.to)),
      'lead',
    ),
    facts([
      [a.factProgramme, ctx.text(programme.name)],
      [a.factGemeente, ctx.text(programme.gemeente)],
      [a.factRunningTime, runningTime],
      [a.factPeriod, fmt.period(period.from, period.to)],
      [a.factAuthor, [ctx.author, ctx.organisation].filter((part) => part !== '').join(', ')],
    ]),
    ...(programme.description.trim() === ''
      ? []
      : [heading(2, a.aboutProgramme), ...paragraphs(ctx.text(programme.description))]),
    ...goalsSection(ctx),
    ...differencesSection(ctx),
    ...activitiesSection(ctx),
    ...resultsSection(ctx),
    ...residentsAccountabilitySection(ctx),
    ...partnerSection(ctx),
    ...signatureSection(ctx),
  ]
  return frameReport(
    ctx,
    {
      layout: 'full',
      title: ctx.text(programme.name),
      subtitle: a.subtitle(ctx.text(programme.gemeente)),
      kindLabel: isFinalAccountability(ctx) ? a.kindFinal : a.kindInterim,
      showPeriod: true,
      toc: true,
    },
    blocks,
  )
}
