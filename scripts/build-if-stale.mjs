// Builds the app (`npm run build`) when the build in out/ is missing or older than the sources.
// Used by `npm start` and `npm run web`, so a fresh clone or a changed source never runs an old build.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** What one build produces: the desktop app's main process and preload, the web host, the renderer. */
const outputs = ['main/index.js', 'main/web.js', 'preload/preload.cjs', 'renderer/index.html']
/** What goes into the build. */
const sourceDirs = ['main', 'shared', 'renderer']
const sourceFiles = ['electron.vite.config.ts', 'package.json']

/** @param {string} dir */
function newestMtime(dir) {
  let newest = 0
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name.startsWith('.')) continue
    const path = join(dir, item.name)
    newest = Math.max(newest, item.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/**
 * Whether out/ lacks part of the build or is older than a source file.
 * @param {string} [root]
 */
export function buildIsStale(root = repoRoot) {
  const outDir = join(root, process.env.KC_OUT_DIR ?? 'out')
  const built = outputs.map((file) => join(outDir, file))
  if (!built.every((file) => existsSync(file))) return true
  const oldestOutput = Math.min(...built.map((file) => statSync(file).mtimeMs))
  const newestSource = Math.max(
    ...sourceDirs.map((dir) => newestMtime(join(root, dir))),
    ...sourceFiles.map((file) => statSync(join(root, file)).mtimeMs),
  )
  return newestSource > oldestOutput
}

/**
 * Runs `npm run build` when needed. Answers the build's exit status (0 when nothing had to be built).
 * @param {string} [root]
 */
export function buildIfStale(root = repoRoot) {
  if (!buildIsStale(root)) return 0
  console.error('De app wordt eerst gebouwd (npm run build)…')
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  })
  return build.status ?? 1
}
