import { useEffect, useRef } from 'react'

/** What the keys of a presentation do. */
export interface SlideKeyActions {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  toggleOverview: () => void
  /** Esc: close the overview if it is open, else leave the presentation. */
  escape: () => void
}

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'])
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])

/**
 * Keyboard control of a slide deck: arrows, Page Up/Down (what presenter clickers send), space,
 * Home/End, O for the overview and Esc. Keys pressed with Ctrl, Alt or Meta are left to the browser.
 * When `paused` (the overview is open) only O and Esc act.
 */
export function useSlideKeys(actions: SlideKeyActions, paused: boolean): void {
  const ref = useRef(actions)
  useEffect(() => {
    ref.current = actions
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return
      const act = ref.current
      const run = (action: () => void) => {
        event.preventDefault()
        action()
      }
      if (event.key === 'Escape') return run(act.escape)
      if (event.key === 'o' || event.key === 'O') return run(act.toggleOverview)
      if (paused) return
      if (nextKeys.has(event.key)) return run(act.next)
      if (previousKeys.has(event.key)) return run(act.previous)
      if (event.key === 'Home') return run(act.first)
      if (event.key === 'End') return run(act.last)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [paused])
}
