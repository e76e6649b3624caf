import { type CustomScheme } from 'electron'
import { notFound, serveStaticFile } from './host/static-files'

/** The scheme the desktop window loads the app from (`app://krachtstroom/index.html`). */
export const APP_SCHEME = 'app'
/** The scheme's only host: the app's origin is `app://krachtstroom`. */
export const APP_HOST = 'krachtstroom'
/** The page the window opens. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * How the scheme is registered (`protocol.registerSchemesAsPrivileged`, before the app is ready):
 * standard, so relative URLs and the origin work as on the web and lazily loaded chunks resolve; secure,
 * like https; same-origin fetch; V8 code cache, so a second start compiles less. No CORS, no CSP bypass,
 * no service workers: other pages get nothing from it.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
}

/**
 * The `protocol.handle` handler of the scheme: serves the built renderer in `rendererDir` through the
 * web host's own static-file code (same headers, Content-Security-Policy and path checks), so the app
 * and its lazily loaded chunks load the same way on the desktop as in the browser. Any other host of
 * the scheme is not found.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url)
    const answer =
      url.host.toLowerCase() === APP_HOST
        ? await serveStaticFile(rendererDir, { method: request.method, path: url.pathname })
        : notFound(request.method)
    return new Response(answer.body === undefined ? null : new Uint8Array(answer.body), {
      status: answer.status,
      headers: answer.headers,
    })
  }
}
