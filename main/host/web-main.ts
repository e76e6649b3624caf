import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { version } from '../../package.json'
import { parseWebCliArgs } from './cli-args'
import { desktopDataDir } from './data-dir'
import { resolveToken } from './host-token'
import { openBrowser } from './open-browser'
import { whenParentGone } from './parent-watch'
import { startRuntime } from './runtime'
import { startWebHost } from './web-host'

/** Stop signals within this time of the first are the same Ctrl-C passed on by npm and the terminal. */
const REPEAT_SIGNAL_GRACE_MS = 1500

/**
 * `npm run web`: the app in a browser, on 127.0.0.1 only. Serves the same services as the desktop
 * app's main process; used for end-to-end tests and for coaches without the desktop build.
 */
async function main(): Promise<void> {
  const options = parseWebCliArgs(process.argv.slice(2), process.env)
  const dataDir = resolve(options.dataDir ?? desktopDataDir(process.platform, process.env, homedir()))
  const rendererDir = resolve(options.rendererDir ?? join(__dirname, '..', 'renderer'))
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`De app is nog niet gebouwd (${rendererDir} ontbreekt). Voer eerst "npm run build" uit.`)
  }
  const token = await resolveToken(options)
  const runtime = await startRuntime({ dataDir, appVersion: version })
  const host = await startWebHost({
    dispatch: runtime.dispatch,
    token,
    rendererDir,
    port: options.port,
  }).catch(async (error: unknown) => {
    await runtime.close()
    throw error
  })

  process.stdout.write(`Krachtstroom Coach: ${host.url}\n`)
  process.stdout.write(`Gegevensmap: ${dataDir}\n`)
  if (runtime.privacyNotice !== undefined) process.stdout.write(`${runtime.privacyNotice}\n`)
  if (options.open && !process.env.CI) openBrowser(host.url)

  let stoppingSince: number | undefined
  const stop = (signal: NodeJS.Signals | 'parent-gone'): void => {
    if (stoppingSince !== undefined) {
      // Ctrl-C pressed again: the coach wants out now. One press can arrive two or three times at
      // once (the terminal and npm both pass it on), so only a repeat after a moment counts. Other
      // repeats (terminal closed and parent gone) wait for the careful stop.
      const again = Date.now() - stoppingSince > REPEAT_SIGNAL_GRACE_MS
      if (again && (signal === 'SIGINT' || signal === 'SIGTERM')) process.exit(1)
      return
    }
    stoppingSince = Date.now()
    void (async () => {
      await host.close()
      await runtime.close()
      const why = signal === 'parent-gone' ? 'het programma dat de app startte is gestopt' : signal
      process.stdout.write(`Krachtstroom Coach gestopt (${why}); alle wijzigingen zijn opgeslagen.\n`)
      process.exit(0)
    })().catch((error: unknown) => {
      console.error('Stoppen ging niet goed:', error)
      process.exit(1)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  // A closed terminal: stop the same careful way.
  process.on('SIGHUP', stop)
  whenParentGone(() => stop('parent-gone'))
}

main().catch((error: unknown) => {
  console.error(
    `Krachtstroom Coach kon niet starten: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
})
