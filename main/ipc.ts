import { z } from 'zod'
import { IPC_CHANNEL } from '../shared/api/method-names'
import { type ApiResponse, type CallOptions } from '../shared/api/errors'
import { hostTexts } from '../shared/api/host-texts'
import { languages } from '../shared/model/vocabulary'
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

/** The one IPC handler: `(event, method, input, options) => ApiResponse`. */
export type IpcApiHandler = (
  event: InvokeEventLike,
  method?: unknown,
  input?: unknown,
  options?: unknown,
) => Promise<ApiResponse<unknown>>

const callOptionsSchema = z.object({ language: z.enum(languages).optional() })

/** The call's options as sent by the page; anything malformed counts as none (Dutch answers). */
function readCallOptions(options: unknown): CallOptions {
  const parsed = callOptionsSchema.safeParse(options)
  return parsed.success && parsed.data.language !== undefined ? { language: parsed.data.language } : {}
}

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
  return async (event, method, input, options) => {
    const call = readCallOptions(options)
    const texts = hostTexts(call.language ?? 'nl')
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: texts.notFromApp } }
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'BAD_REQUEST', message: texts.noMethod } }
    }
    try {
      return await dispatch(method, input, call)
    } catch {
      // The dispatcher promises never to throw; this only keeps a broken promise from reaching the page.
      return { ok: false, error: { code: 'INTERNAL', message: texts.internal } }
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
  ipcMain.handle(IPC_CHANNEL, (event, method, input, options) => handler(event, method, input, options))
}
