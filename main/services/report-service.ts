import { ApiFailure, type ApiParsedInput, type ReportFile } from '../../shared/api'
import { type Language, type ReportHistoryEntry, type StoreData } from '../../shared/model'
import {
  buildReport,
  outlineOf,
  type ReportModel,
  type ReportOutline,
  type ReportRequest,
  ReportSubjectError,
} from '../../shared/reports'
import { renderReportDocx } from '../reports/render-report-docx'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { appendAudit } from './audit'
import { type ServiceDeps } from './types'

type ReportInput = ApiParsedInput<'report.generate'>

const subjectNames = {
  partners: 'Deze partner',
  ideas: 'Dit idee',
  sessions: 'Deze sessie',
  streets: 'Deze straat',
} as const

/** Refuses a subject (partner, idea, session, street) that does not exist or belongs to another programme. */
function checkSubject(data: Readonly<StoreData>, input: ReportInput): void {
  const subjects = [
    ['partners', input.partnerId, 'partnerId'],
    ['ideas', input.ideaId, 'ideaId'],
    ['sessions', input.sessionId, 'sessionId'],
    ['streets', input.streetId, 'streetId'],
  ] as const
  for (const [collection, id, field] of subjects) {
    if (id === undefined) continue
    const entity = findLive(data, collection, id)
    if (entity.programmeId !== input.programmeId) {
      throw new ApiFailure('NOT_FOUND', `${subjectNames[collection]} hoort niet bij dit programma.`, field)
    }
  }
}

/** Builds the model of a report, turning a missing subject into a Dutch NOT_FOUND for its field. */
function modelFor(data: Readonly<StoreData>, input: ReportInput, today: string): ReportModel {
  findProgramme(data, input.programmeId)
  checkSubject(data, input)
  const language: Language = input.language ?? data.settings.language
  const request: ReportRequest = { ...input, language }
  try {
    return buildReport(
      { data, today, organisationName: data.settings.organisationName, authorName: data.settings.authorName },
      request,
    )
  } catch (error) {
    if (error instanceof ReportSubjectError) throw new ApiFailure('NOT_FOUND', error.message, error.field)
    throw error
  }
}

/**
 * report.generate, report.preview and report.history. Generating builds the ReportModel from the
 * store (pure, in shared/reports), renders it to .docx and records the generation in the report
 * history: kind, moment, language, whether names were included, subject and file name, never content.
 */
export function createReportService({ stores, clock, newId }: ServiceDeps) {
  return {
    'report.preview': async (input: ApiParsedInput<'report.preview'>): Promise<ReportOutline> => {
      const data = requireStore(stores).read()
      return outlineOf(modelFor(data, input, localDate(clock)))
    },

    'report.generate': async (input: ApiParsedInput<'report.generate'>): Promise<ReportFile> => {
      const store = requireStore(stores)
      const data = store.read()
      const model = modelFor(data, input, localDate(clock))
      const bytes = await renderReportDocx(model, {
        accentColour: data.settings.accentColour,
        logoBase64: data.settings.logoBase64,
      })
      const entry: ReportHistoryEntry = {
        id: newId(),
        programmeId: input.programmeId,
        kind: model.kind,
        generatedAt: nowIso(clock),
        language: model.language,
        includeNames: model.includesNames,
        subject: model.subject.slice(0, 200),
        fileName: model.fileName.slice(0, 255),
      }
      await store.update((draft) => {
        draft.reportHistory.push(entry)
        if (model.includesNames) {
          // The AVG audit log notes that names left the app, never which ones.
          appendAudit(
            draft,
            {
              kind: 'rapport-met-namen',
              programmeId: input.programmeId,
              subject: `Rapport met namen van bewoners gemaakt (${model.kind}).`,
            },
            entry.generatedAt,
            newId,
          )
        }
      })
      return { fileName: model.fileName, base64: Buffer.from(bytes).toString('base64') }
    },

    'report.history': async ({
      programmeId,
    }: ApiParsedInput<'report.history'>): Promise<ReportHistoryEntry[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      // Reversed first, so reports made in the same moment still come newest first after the stable sort.
      return [...data.reportHistory]
        .reverse()
        .filter((entry) => entry.programmeId === programmeId)
        .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt))
        .map((entry) => structuredClone(entry))
    },
  }
}
