import { APP_HOST, APP_SCHEME } from '../app-protocol'

/**
 * Where the app's own page lives: `app://krachtstroom/index.html` (the built renderer, served through
 * the app's scheme) or, in development only, the Vite dev server. Everything else is foreign:
 * navigation to it is refused and IPC from it is not answered.
 */
export interface AppLocation {
  /** Origin of the dev server (`http://localhost:5173`), only when running `npm run dev`. */
  readonly devServerOrigin?: string | undefined
}

/** Builds the app location from the (already vetted) dev server URL. */
export function createAppLocation(devServerUrl: string | undefined): AppLocation {
  return { devServerOrigin: devServerUrl === undefined ? undefined : new URL(devServerUrl).origin }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The dev server URL electron-vite passes in `ELECTRON_RENDERER_URL`, if it may be used: never in a
 * packaged app (an environment variable must not be able to point the app at another page), and only
 * an http(s) URL on the loopback interface.
 */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL
  if (isPackaged || raw === undefined || raw === '') return undefined
  const url = parseUrl(raw)
  if (url === undefined) return undefined
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (!LOOPBACK_HOSTS.has(url.hostname)) return undefined
  if (url.username !== '' || url.password !== '') return undefined
  return url.href
}

/**
 * The paths of the app's page on its scheme (WHATWG URL leaves the path of `app://krachtstroom` empty
 * where Chromium reads `/`); the app routes itself after the `#`.
 */
const APP_PAGE_PATHS = new Set(['', '/', '/index.html'])

/**
 * True when `url` is the app's own page: `app://krachtstroom/` or `app://krachtstroom/index.html` (any
 * query or #route) or, in development, any page of the dev server's origin. `file:` URLs never are:
 * the desktop app does not load from the file system.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const target = parseUrl(url)
  if (target === undefined) return false
  if (location.devServerOrigin !== undefined && target.origin === location.devServerOrigin) return true
  // `app:` is not a special scheme to WHATWG URL, so its host keeps its case and its origin is opaque;
  // Chromium (which registers it as standard) lower-cases the host, so compare without case.
  if (target.protocol !== `${APP_SCHEME}:` || target.host.toLowerCase() !== APP_HOST) return false
  if (target.username !== '' || target.password !== '' || target.port !== '') return false
  return APP_PAGE_PATHS.has(target.pathname)
}

/** `new URL(text)`, or undefined when it is not a URL. */
export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}
