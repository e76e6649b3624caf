import { apiMethodNames, IPC_CHANNEL } from '../shared/api/method-names'
import { type KrachtstroomBridge } from '../shared/api/contract'
import {
  isMenuCommand,
  type KrachtstroomShellBridge,
  MENU_CHANNEL,
  type MenuCommand,
  type OpenPathResult,
  type SaveFileResult,
  SHELL_CHANNEL,
} from '../shared/api/shell-bridge'

export type { KrachtstroomShellBridge } from '../shared/api/shell-bridge'

/** `ipcRenderer.invoke`, passed in so the bridge can be tested without Electron. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>

/**
 * Builds `window.krachtstroom`: exactly one function per contract method, each sending
 * `(method, input, options)` (options: the app's language) over the one API channel. Nothing else of
 * IPC reaches the page.
 */
export function createBridge(invoke: Invoke): KrachtstroomBridge {
  const bridge: Record<string, (input: unknown, options?: unknown) => Promise<unknown>> = {}
  for (const name of apiMethodNames) {
    bridge[name] = (input: unknown, options?: unknown) => invoke(IPC_CHANNEL, name, input, options)
  }
  // Built from the same names as the contract (a unit test keeps them equal), so the shape matches.
  return Object.freeze(bridge) as unknown as KrachtstroomBridge
}

/** The part of `ipcRenderer` the shell bridge uses. */
export interface IpcRendererEvents {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
}

/**
 * Builds `window.krachtstroomShell`: menu commands in, and three requests out over the one shell
 * channel (main validates them and checks the sender). Only known command names reach the page,
 * never Electron's event object (which would hand the page a reference to ipcRenderer).
 */
export function createShellBridge(ipc: IpcRendererEvents): KrachtstroomShellBridge {
  // Main answers these shapes (main/shell-ipc.ts); the page treats them as such.
  const call = (method: string, input: unknown) => ipc.invoke(SHELL_CHANNEL, method, input)
  const bridge: KrachtstroomShellBridge = {
    saveFile: (request) => call('saveFile', request) as Promise<SaveFileResult>,
    openPath: (path) => call('openPath', path) as Promise<OpenPathResult>,
    printToPdf: (request) => call('printToPdf', request) as Promise<SaveFileResult>,
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command)
      }
      ipc.on(MENU_CHANNEL, forward)
      return () => {
        ipc.removeListener(MENU_CHANNEL, forward)
      }
    },
  }
  return Object.freeze(bridge)
}
