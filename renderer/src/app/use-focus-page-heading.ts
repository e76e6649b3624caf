import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After moving to another page, puts focus on the new page's h1, so keyboard and screen-reader users
 * start at its top (the first page load keeps the browser's own focus).
 */
export function useFocusPageHeading(): void {
  const { pathname } = useLocation()
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    const frame = requestAnimationFrame(() => {
      document.querySelector<HTMLElement>('main [data-page-heading]')?.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}
