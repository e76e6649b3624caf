import { type PrintToPdfRequest, type SaveFileResult } from '../shared/api/shell-bridge'
import { type DesktopFiles } from './desktop-files'
import { firstIssueMessage, printToPdfRequestSchema } from './shell-schemas'
import { type ShellTexts } from './shell-texts'

/** What printing the window needs: the page's own printToPDF and the shared save step. */
export interface PrintToPdfDeps<Sender> {
  printToPdf(sender: Sender, options: PdfOptions): Promise<Uint8Array>
  files: Pick<DesktopFiles<Sender>, 'saveBytes'>
  texts(): ShellTexts
  log(message: string, error?: unknown): void
}

/** The options of `webContents.printToPDF` the shell uses. */
export interface PdfOptions {
  landscape: boolean
  printBackground: boolean
  pageSize: 'A4'
  preferCSSPageSize: boolean
  margins: { top: number; bottom: number; left: number; right: number }
}

/**
 * The PDF options: A4 with backgrounds, unless the page sets its own page size in its print
 * stylesheet (the presentation's slides are 1280×720, one per page), which then wins.
 */
export function pdfOptions(request: Pick<PrintToPdfRequest, 'landscape'>): PdfOptions {
  return {
    landscape: request.landscape,
    printBackground: true,
    pageSize: 'A4',
    preferCSSPageSize: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  }
}

/**
 * The `printToPdf` method of the shell bridge: prints the sender's page as it prints on paper (its
 * print stylesheet), then saves the PDF through the save dialog (last folder for kind "pdf").
 */
export function createPrintToPdf<Sender>(
  deps: PrintToPdfDeps<Sender>,
): (sender: Sender, input: unknown) => Promise<SaveFileResult> {
  return async (sender, input) => {
    const parsed = printToPdfRequestSchema.safeParse(input)
    if (!parsed.success) return { saved: false, error: firstIssueMessage(parsed.error) }
    let bytes: Uint8Array
    try {
      bytes = await deps.printToPdf(sender, pdfOptions(parsed.data))
    } catch (error) {
      deps.log('Afdrukken naar PDF mislukte:', error)
      return {
        saved: false,
        error: deps.texts().pdfFailed(error instanceof Error ? error.message : String(error)),
      }
    }
    return deps.files.saveBytes(sender, parsed.data.fileName, bytes, 'pdf')
  }
}
