import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { SECURITY_HEADERS } from './security-headers'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** A file to send, with its content type. */
export interface StaticFile {
  body: Buffer
  contentType: string
}

/** A request for a file of the built renderer, as both hosts see it. */
export interface StaticRequest {
  /** HTTP method (`GET`, `HEAD`, ...). */
  method: string
  /** The URL path, still percent-encoded, without query or fragment (`/assets/index-1a2b.js`). */
  path: string
}

/** The answer for a {@link StaticRequest}: status, headers and body (none for HEAD). */
export interface StaticResponse {
  status: number
  headers: Record<string, string>
  body: Buffer | undefined
}

/** Built assets carry a content hash in their name, so a browser may keep them for good. */
const ASSET_PREFIX = '/assets/'

/**
 * Serves one file of the built renderer: the web host sends the answer over HTTP, the desktop app
 * through its `app://` scheme, so both load the app (and its lazily loaded parts) identically, with
 * the same security headers, Content-Security-Policy and path checks. Only GET and HEAD; nothing
 * outside `rootDir`; hashed assets may be cached for good, everything else is checked on each visit.
 */
export async function serveStaticFile(rootDir: string, request: StaticRequest): Promise<StaticResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }, body: undefined }
  }
  const file = await readStaticFile(rootDir, request.path)
  if (!file) return notFound(request.method)
  return {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      'Cache-Control': request.path.startsWith(ASSET_PREFIX)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    },
    body: request.method === 'HEAD' ? undefined : file.body,
  }
}

/** The 404 answer both hosts give for a file that is not there (or not theirs to give). */
export function notFound(method: string): StaticResponse {
  const body = Buffer.from('Niet gevonden')
  return {
    status: 404,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(body.length),
    },
    body: method === 'HEAD' ? undefined : body,
  }
}

/**
 * Resolves a URL path inside the built renderer folder, refusing anything that would escape it.
 * Paths without a file extension fall back to index.html (the app routes itself).
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const root = resolve(rootDir)
  const relative = normalize(decoded).replace(/^([/\\])+/, '')
  const wanted = relative === '' || relative === '.' ? 'index.html' : relative
  const fullPath = resolve(join(root, wanted))
  if (fullPath !== root && !fullPath.startsWith(root + sep)) return undefined
  const file = await tryRead(fullPath)
  if (file) return file
  if (extname(wanted) === '') return tryRead(join(root, 'index.html'))
  return undefined
}

async function tryRead(path: string): Promise<StaticFile | undefined> {
  try {
    const info = await stat(path)
    if (!info.isFile()) return undefined
    const body = await readFile(path)
    return { body, contentType: contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream' }
  } catch {
    return undefined
  }
}
