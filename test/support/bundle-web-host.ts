import { build } from 'esbuild'
import { join } from 'node:path'

const repoRoot = join(__dirname, '..', '..')

/**
 * Bundles the web host into one CommonJS file, so a test can start it many times quickly (a plain
 * `node file.cjs` starts in a fraction of the time tsx needs to compile the sources).
 */
export async function bundleWebHost(outFile: string): Promise<string> {
  await build({
    entryPoints: [join(repoRoot, 'main', 'host', 'web-main.ts')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  })
  return outFile
}
