import {
  aboutSection,
  appendixSection,
  highlightSection,
  nextStepsSection,
  partnerSection,
  sessionSection,
  summarySection,
} from './gemeente-sections'
import { coverageSection, ideaFigureSection, keyFigureSection } from './gemeente-figures'
import { realisedSection } from './gemeente-results'
import { frameReport } from './report-frame'
import { residentsGemeenteSection } from './residents-sections'
import { type ReportContext } from './report-context'
import { type ReportModel } from './report-model'

/**
 * The voortgangsrapportage for the gemeente: a summary in plain words, key figures against the
 * programme's goals, coverage per street, ideas by theme and by status, highlighted ideas in the
 * residents' words, what has been realised (and is under way), residents taking the lead (active
 * residents, connections, signals as counts), sessions held, partner involvement, next steps, and (up
 * to 50 ideas, or when asked) an appendix with all ideas.
 */
export function buildGemeenteReport(ctx: ReportContext): ReportModel {
  const blocks = [
    ...summarySection(ctx),
    ...aboutSection(ctx),
    ...keyFigureSection(ctx),
    ...coverageSection(ctx),
    ...ideaFigureSection(ctx),
    ...highlightSection(ctx),
    ...realisedSection(ctx),
    ...residentsGemeenteSection(ctx),
    ...sessionSection(ctx),
    ...partnerSection(ctx),
    ...nextStepsSection(ctx),
    ...appendixSection(ctx),
  ]
  return frameReport(
    ctx,
    {
      layout: 'full',
      title: ctx.text(ctx.programme.name),
      subtitle: ctx.t.gemeente.subtitle(ctx.text(ctx.programme.gemeente)),
      showPeriod: true,
      toc: true,
    },
    blocks,
  )
}
