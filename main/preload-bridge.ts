import { apiMethodNames, IPC_CHANNEL } from '../shared/api/method-names'
import { type KrachtstroomBridge } from '../shared/api/contract'
import { isMenuCommand, MENU_CHANNEL, type MenuCommand } from './menu-commands'

/** `ipcRenderer.invoke`, passed in so the bridge can be tested without Electron. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>

/**
 * Builds `window.krachtstroom`: exactly one function per contract method, each sending
 * `(method, input)` over the one API channel. Nothing else of IPC reaches the page.
 */
export function createBridge(invoke: Invoke): KrachtstroomBridge {
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const name of apiMethodNames) {
    bridge[name] = (input: unknown) => invoke(IPC_CHANNEL, name, input)
  }
  // Built from the same names as the contract (a unit test keeps them equal), so the shape matches.
  return Object.freeze(bridge) as unknown as KrachtstroomBridge
}

/** `window.krachtstroomShell`: what the desktop shell tells the page, e.g. a menu choice. */
export interface KrachtstroomShellBridge {
  /** Calls `listener` with each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** The part of `ipcRenderer` the shell bridge uses. */
export interface IpcRendererEvents {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

/**
 * Builds `window.krachtstroomShell`. Only known command names reach the page, never Electron's event
 * object (which would hand the page a reference to ipcRenderer).
 */
export function createShellBridge(ipc: IpcRendererEvents): KrachtstroomShellBridge {
  return Object.freeze({
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command)
      }
      ipc.on(MENU_CHANNEL, forward)
      return () => {
        ipc.removeListener(MENU_CHANNEL, forward)
      }
    },
  })
}
