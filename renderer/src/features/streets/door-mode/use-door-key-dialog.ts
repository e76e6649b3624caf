import { useEffect, useRef, useState } from 'react'
import { isTextField } from './use-door-keys'

/**
 * A door-mode dialog opened by one letter key (or its button) for the door it concerns: the door is
 * taken when the dialog opens, so the round moving on does not change it. The key does nothing in a
 * text field, inside another dialog, with a modifier, or while there is no door.
 * Returns the door the dialog is open for (undefined when closed) and the setter to open or close it.
 */
export function useDoorKeyDialog<Door>(
  key: string,
  door: Door | undefined,
): [open: Door | undefined, setOpen: (door: Door | undefined) => void] {
  const [open, setOpen] = useState<Door | undefined>()
  const doorRef = useRef(door)
  useEffect(() => {
    doorRef.current = door
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key.toLowerCase() !== key) return
      if (isTextField(event.target)) return
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return
      if (!doorRef.current) return
      event.preventDefault()
      setOpen(doorRef.current)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [key])
  return [open, setOpen]
}
