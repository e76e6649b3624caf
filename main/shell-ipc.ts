import { type OpenPathResult, type SaveFileResult, SHELL_CHANNEL } from '../shared/api/shell-bridge'
import { type SenderFrame } from './security/navigation'
import { type ShellTexts } from './shell-texts'

/** The part of an `IpcMainInvokeEvent` the shell's handler looks at. */
export interface ShellInvokeEvent<Sender> {
  readonly senderFrame: SenderFrame | null
  /** The page's WebContents: the dialog's owner and what printToPdf prints. */
  readonly sender: Sender
}

/** The shell bridge's methods on the main side (see desktop-files.ts and print-to-pdf.ts). */
export interface ShellHandlers<Sender> {
  saveFile(sender: Sender, input: unknown): Promise<SaveFileResult>
  openPath(input: unknown): Promise<OpenPathResult>
  printToPdf(sender: Sender, input: unknown): Promise<SaveFileResult>
}

/** What any shell method may answer. */
export type ShellAnswer = SaveFileResult | OpenPathResult

/** The part of Electron's `ipcMain` registerShellIpc uses. */
export interface ShellIpcMainLike<Sender> {
  handle(
    channel: string,
    listener: (event: ShellInvokeEvent<Sender>, ...args: unknown[]) => Promise<unknown>,
  ): void
}

/**
 * Builds the handler behind the shell channel: `(event, method, input)`. As with the API channel, a
 * call from anything but the app's own top frame is refused and does nothing; an unknown method is
 * refused too. Never throws.
 */
export function createShellIpcHandler<Sender>(
  handlers: ShellHandlers<Sender>,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
  texts: () => ShellTexts,
): (event: ShellInvokeEvent<Sender>, method?: unknown, input?: unknown) => Promise<ShellAnswer> {
  return async (event, method, input) => {
    const refusal = (error: string): ShellAnswer =>
      method === 'openPath' ? { opened: false, error } : { saved: false, error }
    if (!isTrustedSender(event.senderFrame)) return refusal(texts().foreignSender)
    try {
      switch (method) {
        case 'saveFile':
          return await handlers.saveFile(event.sender, input)
        case 'openPath':
          return await handlers.openPath(input)
        case 'printToPdf':
          return await handlers.printToPdf(event.sender, input)
        default:
          return refusal('Onbekende opdracht voor de app.')
      }
    } catch {
      // The handlers promise never to throw; this only keeps a broken promise from reaching the page.
      return refusal('Er ging iets onverwachts mis. Er is niets bewaard.')
    }
  }
}

/** Registers the shell handler on `SHELL_CHANNEL`. */
export function registerShellIpc<Sender>(
  ipcMain: ShellIpcMainLike<Sender>,
  handlers: ShellHandlers<Sender>,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
  texts: () => ShellTexts,
): void {
  const handler = createShellIpcHandler(handlers, isTrustedSender, texts)
  ipcMain.handle(SHELL_CHANNEL, (event, method, input) => handler(event, method, input))
}
