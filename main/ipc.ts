import { IPC_CHANNEL } from '../shared/api/method-names'
import { type ApiResponse } from '../shared/api/errors'
import { type Dispatch } from './services/types'
import { type SenderFrame } from './security/navigation'

/** The part of an `IpcMainInvokeEvent` the handler looks at. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrame | null
}

/** The part of Electron's `ipcMain` registerIpc uses. */
export interface IpcMainLike {
  // `event` is Electron's IpcMainInvokeEvent; only its senderFrame is read.
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void
}

/** The one IPC handler: `(event, method, input) => ApiResponse`. */
export type IpcApiHandler = (
  event: InvokeEventLike,
  method?: unknown,
  input?: unknown,
) => Promise<ApiResponse<unknown>>

/**
 * Builds the handler behind the single API channel. A call from anything but the app's own page is
 * refused with FORBIDDEN and dispatches nothing; a method that is not a string is a BAD_REQUEST; all
 * else goes to `dispatch`, which checks the method against the contract and validates the input.
 * It never throws: errors travel back as `{ ok: false, error }`.
 */
export function createIpcHandler(
  dispatch: Dispatch,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
): IpcApiHandler {
  return async (event, method, input) => {
    if (!isTrustedSender(event.senderFrame)) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Deze aanvraag komt niet van Krachtstroom Coach zelf en is geweigerd.',
        },
      }
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'De aanvraag noemt geen opdracht.' } }
    }
    try {
      return await dispatch(method, input)
    } catch {
      // The dispatcher promises never to throw; this only keeps a broken promise from reaching the page.
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Er ging iets onverwachts mis. Er is niets gewijzigd.' },
      }
    }
  }
}

/** Registers the API handler on `IPC_CHANNEL`; the only IPC handler the app has. */
export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
): void {
  const handler = createIpcHandler(dispatch, isTrustedSender)
  ipcMain.handle(IPC_CHANNEL, (event, method, input) => handler(event, method, input))
}
