import { type KrachtstroomBridge } from '../../../shared/api/contract'

declare global {
  interface Window {
    /** Exposed by the Electron preload script; absent when the renderer runs in a browser. */
    krachtstroom?: KrachtstroomBridge
    /** The desktop shell's menu commands (Electron only); see main/preload-bridge.ts. */
    krachtstroomShell?: {
      onMenuCommand(listener: (command: string) => void): () => void
    }
  }
}
