import { type KrachtstroomBridge } from '../../../shared/api/contract'
import { type KrachtstroomShellBridge } from '../../../shared/api/shell-bridge'

declare global {
  interface Window {
    /** Exposed by the Electron preload script; absent when the renderer runs in a browser. */
    krachtstroom?: KrachtstroomBridge
    /** The desktop shell: menu commands, save dialog, print to PDF (Electron only); see main/preload-bridge.ts. */
    krachtstroomShell?: KrachtstroomShellBridge
  }
}
