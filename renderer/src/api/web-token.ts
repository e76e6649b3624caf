const storageKey = 'krachtstroom.token'

/**
 * Moves the web host's access token from the address bar (`?token=...`) into sessionStorage, so it
 * is not left in the browser history or in a copied link. Call once, before the first API call.
 */
export function captureWebToken(): void {
  const url = new URL(window.location.href)
  const token = url.searchParams.get('token')
  if (token === null) return
  try {
    window.sessionStorage.setItem(storageKey, token)
  } catch {
    // Storage can be disabled; the token then lives only in memory for this page.
  }
  memoryToken = token
  url.searchParams.delete('token')
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`)
}

let memoryToken: string | undefined

/** The web host's access token for this tab, if the page was opened with one. */
export function webToken(): string | undefined {
  if (memoryToken !== undefined) return memoryToken
  try {
    return window.sessionStorage.getItem(storageKey) ?? undefined
  } catch {
    return undefined
  }
}
