// `npm run web -- [--data-dir <dir>] [--port <port>] [--token-file <file>] [--no-open]` (or KRACHTSTROOM_TOKEN)
// Builds the app first when the build is missing or older than the sources, then starts the web host.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('..', import.meta.url).pathname
// KRACHTSTROOM_WEB_ENTRY: an already built host (tests bundle one); it is used as it is.
const prebuilt = process.env.KRACHTSTROOM_WEB_ENTRY
const entry = prebuilt ?? join(root, 'out', 'main', 'web.js')

function newestMtime(dir) {
  let newest = 0
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name.startsWith('.')) continue
    const path = join(dir, item.name)
    newest = Math.max(newest, item.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const sources = prebuilt ? [] : ['main', 'shared', 'renderer'].map((dir) => newestMtime(join(root, dir)))
const stale = !prebuilt && (!existsSync(entry) || Math.max(...sources) > statSync(entry).mtimeMs)
if (stale) {
  console.error('De app wordt eerst gebouwd (npm run build)…')
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
// The host runs in this very process (it reads the options from process.argv): whatever ends this
// process, a signal, a closed terminal or SIGKILL, ends the host with it. No host is left behind
// holding the data folder.
await import(pathToFileURL(entry).href)
