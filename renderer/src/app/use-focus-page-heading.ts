import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * The page focus was last settled for. Kept outside the component: the pages' tree is mounted anew
 * when the presentation (which has no app shell) is left, and that is a page change too.
 */
let settledPathname: string | undefined

/**
 * After moving to another page, puts focus on the new page's h1, so keyboard and screen-reader users
 * start at its top (the first page load keeps the browser's own focus). Use it inside the Suspense
 * boundary of the pages (see {@link FocusPageHeading}): a page whose code is still loading commits
 * the new address before it shows, and only then is its heading there to focus.
 */
export function useFocusPageHeading(): void {
  const { pathname } = useLocation()
  useEffect(() => {
    if (settledPathname === undefined) settledPathname = pathname
    if (settledPathname === pathname) return
    const frame = requestAnimationFrame(() => {
      settledPathname = pathname
      document.querySelector<HTMLElement>('main [data-page-heading]')?.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}

/** {@link useFocusPageHeading} as a component, to place next to the pages inside their Suspense boundary. */
export function FocusPageHeading(): null {
  useFocusPageHeading()
  return null
}
