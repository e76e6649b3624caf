import { format } from 'date-fns'
import { type ApiParsedInput, type ExportedFile } from '../../shared/api'
import { createRedactor, redactionTermsOf } from '../../shared/domain/redaction'
import { ideaExportRows, ideasToCsv, ideasToXlsx } from '../io/idea-export'
import { appendAudit } from './audit'
import { safeFileName } from './file-names'
import { localDate, nowIso } from './clock'
import { filterIdeas, ideaListItem, ideaViewContext } from './idea-views'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** idea.export: the filtered idea list as Excel or CSV. */
export function createIdeaExportService({ stores, clock, newId }: ServiceDeps) {
  return {
    'idea.export': async ({
      programmeId,
      format: fileFormat,
      ...filter
    }: ApiParsedInput<'idea.export'>): Promise<ExportedFile> => {
      const data = requireStore(stores).read()
      const programme = findProgramme(data, programmeId)
      const context = ideaViewContext(data, programmeId, localDate(clock))
      const items = filterIdeas(data, programmeId, filter, context).map((idea) => ideaListItem(idea, context))
      const redact = createRedactor(redactionTermsOf(data), { language: 'nl' })
      const rows = ideaExportRows(items, programme, redact)
      const stem = `Ideeën ${safeFileName(programme.name)} ${format(clock(), 'yyyy-MM-dd')}`
      const bytes =
        fileFormat === 'xlsx' ? await ideasToXlsx(rows, `Ideeën — ${programme.name}`) : ideasToCsv(rows)
      await requireStore(stores).update((d) =>
        appendAudit(
          d,
          {
            kind: 'export',
            programmeId,
            subject: `Ideeënlijst geëxporteerd (${rows.length} ideeën, ${fileFormat}).`,
          },
          nowIso(clock),
          newId,
        ),
      )
      return { fileName: `${stem}.${fileFormat}`, base64: Buffer.from(bytes).toString('base64') }
    },
  }
}
