// Makes sure the programs the tests need outside npm are there: Debian's Chromium for the end-to-end
// tests, LibreOffice Writer and poppler's pdftotext for the Word report checks, and Liberation Sans,
// with which LibreOffice draws the reports' Arial (the page numbers in the contents are worked out
// with its widths, so the checks need it rather than another font). On a Debian/Ubuntu
// machine where we are root it installs them with apt-get; elsewhere it says in one line what to
// install. On macOS and Windows Playwright's own Chromium is used instead.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Debian package → a file it provides. */
const needed = {
  chromium: '/usr/bin/chromium',
  'libreoffice-writer-nogui': '/usr/bin/soffice',
  'poppler-utils': '/usr/bin/pdftotext',
  'fonts-liberation2': '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
}

export function ensureSystemDeps() {
  if (process.platform !== 'linux') return
  const chromiumGiven = Boolean(process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
  const missing = Object.entries(needed)
    .filter(([pkg, file]) => !(pkg === 'chromium' && chromiumGiven) && !existsSync(file))
    .map(([pkg]) => pkg)
  if (missing.length === 0) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!isRoot || !hasApt) {
    console.error(
      `Ontbrekend voor de tests: ${missing.join(', ')}. Installeer met: sudo apt-get install -y ${missing.join(' ')}`,
    )
    process.exit(1)
  }
  console.log(`Installeren voor de tests: ${missing.join(', ')} (apt-get)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env })
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemDeps()
