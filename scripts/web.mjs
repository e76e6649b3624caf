// `npm run web -- [--data-dir <dir>] [--port <port>] [--token <token>] [--no-open]`
// Builds the app first when the build is missing or older than the sources, then starts the web host.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'

const root = new URL('..', import.meta.url).pathname
const entry = join(root, process.env.KC_OUT_DIR ?? 'out', 'main', 'web.js')

const buildStatus = buildIfStale(root)
if (buildStatus !== 0) process.exit(buildStatus)
const host = spawn(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' })
// Pass stop signals on, so the host can put its last write on disk before it exits.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
