import { useEffect, useRef } from 'react'

/** Commands the desktop menu sends (main/menu-commands.ts); the browser has no such menu. */
export type MenuCommandName = 'new-programme'

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
