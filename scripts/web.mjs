// `npm run web -- [--data-dir <dir>] [--port <port>] [--token-file <file>] [--no-open]` (or KRACHTSTROOM_TOKEN)
// Builds the app first when the build is missing or older than the sources, then starts the web host.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'

const root = new URL('..', import.meta.url).pathname
// KRACHTSTROOM_WEB_ENTRY: an already built host (tests bundle one); it is used as it is.
const prebuilt = process.env.KRACHTSTROOM_WEB_ENTRY
const entry = prebuilt ?? join(root, process.env.KC_OUT_DIR ?? 'out', 'main', 'web.js')

if (!prebuilt) {
  const buildStatus = buildIfStale(root)
  if (buildStatus !== 0) process.exit(buildStatus)
}
// The host runs in this very process (it reads the options from process.argv): whatever ends this
// process, a signal, a closed terminal or SIGKILL, ends the host with it. No host is left behind
// holding the data folder.
await import(pathToFileURL(entry).href)
