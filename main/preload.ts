import { contextBridge, ipcRenderer } from 'electron'
import { createBridge, createShellBridge } from './preload-bridge'

// Runs sandboxed before the page: exposes the API contract as `window.krachtstroom` and the shell's
// menu commands as `window.krachtstroomShell`, and nothing else (no ipcRenderer, no Node).
contextBridge.exposeInMainWorld(
  'krachtstroom',
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
)
contextBridge.exposeInMainWorld('krachtstroomShell', createShellBridge(ipcRenderer))
