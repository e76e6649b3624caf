/**
 * The app's Content-Security-Policy: only the app's own files, no inline code, no eval, no plugins,
 * no framing, no form posts. The same string travels three ways: as a `<meta>` tag in
 * renderer/index.html, as a response header of the app's files (main/host/static-files.ts, which both
 * the web host and the desktop app's app:// scheme use) and as a header Electron adds to every response
 * of the desktop window (see `harden-session.ts`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const CSP_HEADER = 'Content-Security-Policy'

/**
 * Returns `headers` with `policy` added as a Content-Security-Policy header. A policy the response
 * already carries is kept next to ours: the browser enforces every policy, so adding one can only make
 * the page stricter, never looser.
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string = CONTENT_SECURITY_POLICY,
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  let existing: string[] = []
  for (const [name, values] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === CSP_HEADER.toLowerCase()) existing = existing.concat(values)
    else result[name] = [...values]
  }
  result[CSP_HEADER] = existing.includes(policy) ? existing : [...existing, policy]
  return result
}
