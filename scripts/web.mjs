// `npm run web -- [--data-dir <dir>] [--port <port>] [--token-file <file>] [--no-open]` (or KRACHTSTROOM_TOKEN)
// Builds the app first when the build is missing or older than the sources, then starts the web host.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const entry = join(root, 'out', 'main', 'web.js')

function newestMtime(dir) {
  let newest = 0
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name.startsWith('.')) continue
    const path = join(dir, item.name)
    newest = Math.max(newest, item.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const sources = ['main', 'shared', 'renderer'].map((dir) => newestMtime(join(root, dir)))
const stale = !existsSync(entry) || Math.max(...sources) > statSync(entry).mtimeMs
if (stale) {
  console.error('De app wordt eerst gebouwd (npm run build)…')
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const host = spawn(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' })
// Pass stop signals on, so the host can put its last write on disk before it exits.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
