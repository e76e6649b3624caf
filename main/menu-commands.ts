/**
 * Menu commands the main process forwards to the renderer (the renderer shows the screen for them).
 * The list lives in shared/api/shell-bridge.ts, so the renderer can use the same names.
 */
export { isMenuCommand, MENU_CHANNEL, type MenuCommand, menuCommands } from '../shared/api/shell-bridge'
