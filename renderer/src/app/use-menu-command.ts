import { useEffect, useRef } from 'react'
import { type MenuCommand } from '../../../shared/api/shell-bridge'

/** Commands the desktop menu sends (shared/api/shell-bridge.ts); the browser has no such menu. */
export type MenuCommandName = MenuCommand

/**
 * Runs `handler` when the desktop app's menu sends `command` (e.g. Bestand → Nieuw programma). Does
 * nothing in a browser.
 */
export function useMenuCommand(command: MenuCommandName, handler: () => void): void {
  const handlerRef = useRef(handler)
  useEffect(() => {
    handlerRef.current = handler
  })
  useEffect(() => {
    const shell = window.krachtstroomShell
    if (!shell) return
    return shell.onMenuCommand((received) => {
      if (received === command) handlerRef.current()
    })
  }, [command])
}
