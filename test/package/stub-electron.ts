import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The marker @electron/fuses looks for in an Electron binary; the fuse wire follows it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/**
 * A stand-in for an unpacked Electron distribution, so electron-builder can package the app without
 * downloading Electron. Its "binary" carries a fuse wire (version 1, eight fuses in Electron's
 * default states) so that the packaging step really flips the fuses and the test can read them back.
 */
export async function makeStubElectronDist(dir: string, version: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  // Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
  // asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
  const defaults = ['1', '0', '1', '1', '0', '0', '0', '1'].map((c) => c.charCodeAt(0))
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\necho stub\n# ${FUSE_SENTINEL}`),
    Buffer.from([1, defaults.length, ...defaults]),
    Buffer.from('\n'),
  ])
  await writeFile(join(dir, 'electron'), wire)
  await chmod(join(dir, 'electron'), 0o755)
  await writeFile(join(dir, 'version'), version)
  await writeFile(join(dir, 'LICENSE'), 'stub')
  await mkdir(join(dir, 'resources'), { recursive: true })
  return dir
}
