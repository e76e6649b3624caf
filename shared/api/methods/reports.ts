import { z } from 'zod'
import { idSchema, isoDateSchema, languages, reportKinds, type ReportHistoryEntry } from '../../model'
import { accountabilityStages } from '../../reports/report-options'
import { type ReportOutline } from '../../reports/report-outline'
import { method } from '../define-method'

/** A generated Word report: its suggested file name and its bytes as base64. */
export interface ReportFile {
  fileName: string
  base64: string
}

/** What one report needs besides the programme, per kind, in the coach's words. */
const subjectRules: ReadonlyArray<{
  kind: (typeof reportKinds)[number]
  field: 'partnerId' | 'ideaId' | 'sessionId'
  message: string
  rule: string
}> = [
  {
    kind: 'partner',
    field: 'partnerId',
    message: 'kies de partner voor de partnerrapportage',
    rule: 'reportNeedsPartner',
  },
  { kind: 'idee', field: 'ideaId', message: 'kies het idee voor de ideeënkaart', rule: 'reportNeedsIdea' },
  {
    kind: 'sessie',
    field: 'sessionId',
    message: 'kies de sessie voor het sessieverslag',
    rule: 'reportNeedsSession',
  },
]

/**
 * Input of `report.generate` and `report.preview`. The period (from/to) applies to the gemeente,
 * partner and verantwoording reports; an idea card, session report or walk list shows its subject as
 * it stands today. Language defaults to the app's language; names are left out unless asked for.
 * `accountabilityStage` (verantwoording) and `includeAppendix` (gemeente) default as the report rules say.
 */
export const reportRequestSchema = z
  .object({
    programmeId: idSchema,
    kind: z.enum(reportKinds, { error: 'is geen bekend soort rapport' }),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    partnerId: idSchema.optional(),
    ideaId: idSchema.optional(),
    sessionId: idSchema.optional(),
    streetId: idSchema.optional(),
    language: z.enum(languages, { error: 'kies Nederlands (nl) of Engels (en)' }).optional(),
    includeNames: z.boolean({ error: 'moet ja of nee zijn' }).default(false),
    accountabilityStage: z.enum(accountabilityStages, { error: 'kies tussentijds of eind' }).optional(),
    includeAppendix: z.boolean({ error: 'moet ja of nee zijn' }).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    for (const rule of subjectRules) {
      if (input.kind === rule.kind && input[rule.field] === undefined)
        context.addIssue({
          code: 'custom',
          message: rule.message,
          path: [rule.field],
          params: { rule: rule.rule },
        })
    }
    if (input.kind === 'looplijst' && input.streetId === undefined && input.sessionId === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'kies een straat of een sessie voor de looplijst',
        path: ['streetId'],
        params: { rule: 'walkListNeedsSubject' },
      })
    }
    if (input.from !== undefined && input.to !== undefined && input.to < input.from) {
      context.addIssue({
        code: 'custom',
        message: 'de einddatum ligt voor de begindatum',
        path: ['to'],
        params: { rule: 'endBeforeStart' },
      })
    }
  })

/** Word reports for the gemeente and partners. */
export const reportMethods = {
  'report.generate': method<ReportFile>()(
    reportRequestSchema,
    'Make a Word report (.docx) and record it in the report history (never its content).',
  ),
  'report.preview': method<ReportOutline>()(
    reportRequestSchema,
    'What a report would contain (title, cover, headings, counts), without making the file.',
  ),
  'report.history': method<ReportHistoryEntry[]>()(
    z.object({ programmeId: idSchema }).strict(),
    'Reports made for a programme, newest first.',
  ),
} as const
