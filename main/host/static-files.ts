import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

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
