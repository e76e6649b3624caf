import { type ApiInput } from '../../../../shared/api/contract'
import { type Language, type ReportKind } from '../../../../shared/model/vocabulary'
import { type AccountabilityStage } from '../../../../shared/reports/report-options'

/** What the coach chose on the Rapporten page. */
export interface ReportChoices {
  kind: ReportKind
  from: string
  to: string
  partnerId: string | null
  ideaId: string | null
  sessionId: string | null
  streetId: string | null
  language: Language
  includeNames: boolean
  /** Gemeente report: the appendix with all ideas; null leaves it to the rule (up to 50 ideas). */
  includeAppendix: boolean | null
  /** Verantwoording: interim or final; null leaves it to the programme's end date. */
  accountabilityStage: AccountabilityStage | null
}

/** The fields a report's subject is chosen in. */
export type SubjectField = 'partnerId' | 'ideaId' | 'sessionId' | 'streetId'

/** The report kinds as the page offers them, the gemeente report first. */
export const offeredKinds: readonly ReportKind[] = [
  'gemeente',
  'partner',
  'idee',
  'sessie',
  'looplijst',
  'verantwoording',
]

/** The kinds that report over a period; the others show their subject as it stands today. */
export const periodKinds: ReadonlySet<ReportKind> = new Set(['gemeente', 'partner', 'verantwoording'])

/** The subject fields a kind asks for. */
export function subjectFields(kind: ReportKind): SubjectField[] {
  switch (kind) {
    case 'partner':
      return ['partnerId']
    case 'idee':
      return ['ideaId']
    case 'sessie':
      return ['sessionId']
    case 'looplijst':
      return ['streetId']
    default:
      return []
  }
}

/** True when the choices name every subject the kind needs (a walk list takes a street). */
export function subjectChosen(choices: ReportChoices): boolean {
  return subjectFields(choices.kind).every((field) => choices[field] !== null)
}

/** The API request for the choices: only the fields the kind uses. */
export function toReportRequest(programmeId: string, choices: ReportChoices): ApiInput<'report.generate'> {
  const request: ApiInput<'report.generate'> = {
    programmeId,
    kind: choices.kind,
    language: choices.language,
    includeNames: choices.includeNames,
  }
  if (periodKinds.has(choices.kind)) {
    if (choices.from) request.from = choices.from
    if (choices.to) request.to = choices.to
  }
  for (const field of subjectFields(choices.kind)) {
    const value = choices[field]
    if (value !== null) request[field] = value
  }
  if (choices.kind === 'gemeente' && choices.includeAppendix !== null)
    request.includeAppendix = choices.includeAppendix
  if (choices.kind === 'verantwoording' && choices.accountabilityStage !== null)
    request.accountabilityStage = choices.accountabilityStage
  return request
}

/** The calendar quarter before the one `today` (`yyyy-MM-dd`) falls in. */
export function lastQuarter(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const quarter = Math.floor((month - 1) / 3)
  const startYear = quarter === 0 ? year - 1 : year
  const startMonth = quarter === 0 ? 9 : (quarter - 1) * 3
  const pad = (value: number) => String(value).padStart(2, '0')
  const end = new Date(Date.UTC(startYear, startMonth + 3, 0))
  return { from: `${startYear}-${pad(startMonth + 1)}-01`, to: end.toISOString().slice(0, 10) }
}

/** The API's field message without its label prefix ("Partner: kies …" → "Kies …"), for beside the field. */
export function fieldMessage(message: string): string {
  const text = message.includes(': ') ? message.slice(message.indexOf(': ') + 2) : message
  return text.charAt(0).toUpperCase() + text.slice(1)
}
