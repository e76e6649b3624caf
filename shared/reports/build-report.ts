import { type ReportKind } from '../model'
import { buildAccountabilityReport } from './build-accountability-report'
import { buildGemeenteReport } from './build-gemeente-report'
import { buildIdeaCard } from './build-idea-card'
import { buildPartnerReport } from './build-partner-report'
import { buildSessionReport } from './build-session-report'
import { buildWalkList } from './build-walk-list'
import { createReportContext, type ReportContext } from './report-context'
import { type ReportModel } from './report-model'
import { type ReportRequest, type ReportSource } from './report-request'
import { sanitiseReportModel } from './sanitise-report-model'

const builders: Readonly<Record<ReportKind, (ctx: ReportContext) => ReportModel>> = {
  gemeente: buildGemeenteReport,
  partner: buildPartnerReport,
  idee: buildIdeaCard,
  sessie: buildSessionReport,
  looplijst: buildWalkList,
  verantwoording: buildAccountabilityReport,
}

/** Report kinds about one thing rather than a period: they show it as it stands today. */
const undated: ReadonlySet<ReportKind> = new Set<ReportKind>(['idee', 'sessie', 'looplijst'])

/**
 * Builds the ReportModel of any report kind. Pure: the same source and request give the same model.
 * Every text in the result is safe for Word (see `sanitiseForWord`). Idea cards, session reports and
 * walk lists ignore the period and show their subject as it stands today.
 *
 * @throws ReportSubjectError when the programme or the report's subject (partner, idea, session,
 *   street) is not found.
 */
export function buildReport(source: ReportSource, request: ReportRequest): ReportModel {
  const effective: ReportRequest = undated.has(request.kind)
    ? { ...request, from: undefined, to: undefined }
    : request
  const ctx = createReportContext(source, effective)
  return sanitiseReportModel(builders[request.kind](ctx))
}
