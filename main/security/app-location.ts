import { pathToFileURL } from 'node:url'

/**
 * Where the app's own page lives: the built index.html on disk, or (in development only) the Vite dev
 * server. Everything else is foreign: navigation to it is refused and IPC from it is not answered.
 */
export interface AppLocation {
  /** `file:` URL of out/renderer/index.html. */
  readonly indexFileUrl: string
  /** Origin of the dev server (`http://localhost:5173`), only when running `npm run dev`. */
  readonly devServerOrigin?: string | undefined
  /** Windows file systems ignore case, so `C:\App` and `c:\app` are the same file. */
  readonly caseInsensitivePaths: boolean
}

/** Builds the app location from the index file path and the (already vetted) dev server URL. */
export function createAppLocation(
  indexFilePath: string,
  devServerUrl: string | undefined,
  platform: NodeJS.Platform,
): AppLocation {
  return {
    indexFileUrl: pathToFileURL(indexFilePath, { windows: platform === 'win32' }).href,
    devServerOrigin: devServerUrl === undefined ? undefined : new URL(devServerUrl).origin,
    caseInsensitivePaths: platform === 'win32',
  }
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
 * True when `url` is the app's own page: the index file itself (any query or #route) or, in
 * development, any page of the dev server's origin.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const target = parseUrl(url)
  if (target === undefined) return false
  if (location.devServerOrigin !== undefined && target.origin === location.devServerOrigin) return true
  if (target.protocol !== 'file:') return false
  const index = new URL(location.indexFileUrl)
  if (target.host !== index.host) return false
  return location.caseInsensitivePaths
    ? target.pathname.toLowerCase() === index.pathname.toLowerCase()
    : target.pathname === index.pathname
}

/** `new URL(text)`, or undefined when it is not a URL. */
export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}
