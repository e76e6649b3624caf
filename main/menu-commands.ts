/**
 * Menu commands the main process forwards to the renderer (the renderer shows the screen for them).
 * Pure: imported by the menu and by the preload script, which must stay small.
 */
export const menuCommands = ['new-programme'] as const
export type MenuCommand = (typeof menuCommands)[number]

/** The channel main sends menu commands on: `webContents.send(MENU_CHANNEL, command)`. */
export const MENU_CHANNEL = 'krachtstroom:menu'

/** True when `value` is a known menu command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
}
