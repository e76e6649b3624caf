import { useEffect, useRef } from 'react'
import { type ContactOutcome } from '../../../../../shared/model/vocabulary'
import { outcomeForKey } from '../door-outcomes'

/** What the door-mode keys do. */
export interface DoorKeyActions {
  record: (outcome: ContactOutcome) => void
  undo: () => void
  next: () => void
  previous: () => void
  focusNote: () => void
}

/** True while the coach types in a field: then the door-mode keys leave the keyboard alone. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  )
}

/**
 * The keys of door mode, anywhere on the page except while typing in a field: 1–6 record an outcome,
 * Backspace or Ctrl+Z undoes the last one, → and ← move without recording, N goes to the note. A key
 * held down records once. Inside a dialog the keys do nothing.
 */
export function useDoorKeys(actions: DoorKeyActions): void {
  const actionsRef = useRef(actions)
  useEffect(() => {
    actionsRef.current = actions
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return
      const act = actionsRef.current
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') {
        event.preventDefault()
        if (!event.repeat) act.undo()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const outcome = outcomeForKey(event.key)
      if (outcome) {
        event.preventDefault()
        if (!event.repeat) act.record(outcome)
      } else if (event.key === 'Backspace') {
        event.preventDefault()
        if (!event.repeat) act.undo()
      } else if (event.key === 'ArrowRight') {
        event.preventDefault()
        act.next()
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault()
        act.previous()
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault()
        act.focusNote()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
