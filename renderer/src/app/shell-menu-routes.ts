import { type MenuCommand } from '../../../shared/api/shell-bridge'

/** The page each screen-opening menu command leads to (the hash router's paths). */
export const menuCommandRoutes: Readonly<Record<Exclude<MenuCommand, 'switch-programme'>, string>> = {
  'new-programme': '/programma/nieuw',
  'restore-backup': '/instellingen',
  'save-backup-file': '/instellingen',
  'import-addresses': '/straten/importeren',
  'make-report': '/rapporten',
  presentation: '/presenteren',
}

/**
 * Runs `action` on the first element `find` returns, waiting up to `timeoutMs` for the page to show
 * it (after a navigation the new page renders a frame or two later). Returns a function that stops
 * waiting.
 */
export function whenElement<T extends Element>(
  find: () => T | null | undefined,
  action: (element: T) => void,
  timeoutMs = 3000,
): () => void {
  const until = performance.now() + timeoutMs
  let frame = 0
  const look = () => {
    const element = find()
    if (element) {
      action(element)
      return
    }
    if (performance.now() < until) frame = requestAnimationFrame(look)
  }
  look()
  return () => cancelAnimationFrame(frame)
}

/**
 * Scrolls `element` to the top of its scroll area and keeps it there for `ms` while the page above it
 * is still loading (cards growing as their data arrives), unless the coach scrolls or types first.
 */
export function scrollIntoViewSteadily(element: Element, ms = 5000): void {
  const until = performance.now() + ms
  let stopped = false
  const stop = () => {
    stopped = true
  }
  const options = { once: true, capture: true } as const
  for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'])
    window.addEventListener(type, stop, options)
  const step = () => {
    if (stopped || !element.isConnected || performance.now() > until) return
    if (Math.abs(element.getBoundingClientRect().top) > 2) element.scrollIntoView({ block: 'start' })
    requestAnimationFrame(step)
  }
  step()
}
