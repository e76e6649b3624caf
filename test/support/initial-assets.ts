import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One file the page loads before the first screen can show. */
export interface InitialAsset {
  /** Path inside the renderer folder, e.g. `assets/index-1a2b3c.js`. */
  path: string
  raw: number
  gzip: number
}

/** What `index.html` makes the browser load before the first screen shows, with sizes in bytes. */
export interface InitialAssets {
  js: InitialAsset[]
  css: InitialAsset[]
  jsRaw: number
  jsGzip: number
  cssRaw: number
  cssGzip: number
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

/**
 * Reads the built renderer's index.html and follows it: its module script, every `modulepreload`
 * and every stylesheet it links, plus whatever those scripts import statically (a static import is
 * loaded before the script runs; dynamic `import()`s are not part of the first load). Sizes are the
 * files' bytes and their gzip size (level 9), as a web server would send them compressed.
 */
export function readInitialAssets(rendererDir: string): InitialAssets {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const rel = attribute(tag, 'rel')
    if (tag.startsWith('<script') && attribute(tag, 'type') === 'module') {
      const src = attribute(tag, 'src')
      if (src) scripts.add(posix.normalize(src))
    } else if (rel === 'modulepreload') {
      const href = attribute(tag, 'href')
      if (href) scripts.add(posix.normalize(href))
    } else if (rel === 'stylesheet') {
      const href = attribute(tag, 'href')
      if (href) styles.add(posix.normalize(href))
    }
  }
  const queue = [...scripts]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const code = readFileSync(join(rendererDir, next), 'utf8')
    for (const match of code.matchAll(
      /(?:\bimport|\bexport)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      const target = posix.normalize(posix.join(posix.dirname(next), match[1] ?? ''))
      if (!scripts.has(target)) {
        scripts.add(target)
        queue.push(target)
      }
    }
  }
  const measure = (path: string): InitialAsset => {
    const bytes = readFileSync(join(rendererDir, path))
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  }
  const js = [...scripts].map(measure)
  const css = [...styles].map(measure)
  const sum = (assets: InitialAsset[], key: 'raw' | 'gzip') => assets.reduce((total, a) => total + a[key], 0)
  return {
    js,
    css,
    jsRaw: sum(js, 'raw'),
    jsGzip: sum(js, 'gzip'),
    cssRaw: sum(css, 'raw'),
    cssGzip: sum(css, 'gzip'),
  }
}
