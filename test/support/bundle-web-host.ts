import { build } from 'esbuild'
import { dirname, join } from 'node:path'

const repoRoot = join(__dirname, '..', '..')

/**
 * Bundles the web host into one CommonJS file, so a test can start it many times quickly (a plain
 * `node file.cjs` starts in a fraction of the time tsx needs to compile the sources).
 */
export async function bundleWebHost(outFile: string): Promise<string> {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  } as const
  await build({ ...common, entryPoints: [join(repoRoot, 'main', 'host', 'web-main.ts')], outfile: outFile })
  // The CSV worker lies next to the host, as in the real build.
  await build({
    ...common,
    entryPoints: [join(repoRoot, 'main', 'io', 'address-csv', 'csv-worker.ts')],
    outfile: join(dirname(outFile), 'csv-worker.js'),
  })
  return outFile
}
