import { join } from 'node:path'

/** The product name Electron uses for its data folder (package.json `productName`). */
export const PRODUCT_NAME = 'Krachtstroom Coach'

/**
 * The data folder the desktop app uses (Electron's `app.getPath('userData')`), computed without
 * Electron so the web host finds the same data: %APPDATA% on Windows, Application Support on macOS,
 * $XDG_CONFIG_HOME or ~/.config on Linux.
 */
export function desktopDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME)
}
