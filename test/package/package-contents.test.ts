import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { listPackage } from '@electron/asar'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeStubElectronDist } from './stub-electron'

/** Fuse states as bytes in the binary ('0' off, '1' on); @electron/fuses does not export them. */
const FUSE_OFF = '0'.charCodeAt(0)
const FUSE_ON = '1'.charCodeAt(0)

const root = join(__dirname, '..', '..')
const outDir = join(root, process.env.KC_OUT_DIR ?? 'out')
let work: string
let appDir: string
let files: string[]

beforeAll(async () => {
  if (!existsSync(join(outDir, 'main', 'index.js'))) throw new Error('Bouw eerst de app (npm run build).')
  work = await mkdtemp(join(tmpdir(), 'kc-package-'))
  const electronVersion = JSON.parse(
    await readFile(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version as string
  const dist = await makeStubElectronDist(join(work, 'electron-dist'), electronVersion)
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      `-c.electronDist=${dist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  )
  if (result.status !== 0) throw new Error(`electron-builder faalde:\n${result.stdout}\n${result.stderr}`)
  appDir = join(work, 'dist', 'linux-unpacked')
  files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) =>
    f.replaceAll('\\', '/'),
  )
}, 240_000)

afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined))

describe('the packaged app (electron-builder with a stub Electron)', () => {
  it('holds the built app and package.json', () => {
    expect(files).toContain('/package.json')
    expect(files).toContain('/out/main/index.js')
    expect(files).toContain('/out/main/web.js')
    expect(files).toContain('/out/preload/preload.cjs')
    expect(files).toContain('/out/renderer/index.html')
  })

  it('holds every file of the built renderer, also the parts the app loads later', () => {
    const rendererDir = join(outDir, 'renderer')
    const built = readdirSync(rendererDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
      .map((entry) => `/out/renderer/${join(entry.parentPath, entry.name).slice(rendererDir.length + 1)}`)
      .map((file) => file.replaceAll('\\', '/'))
    expect(built.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(1)
    expect(built.filter((file) => !files.includes(file))).toEqual([])
  })

  it('holds no sources, tests, source maps or development tools', () => {
    const forbidden = [
      /^\/(main|shared|renderer|test|scripts|build)\//,
      /\.map$/,
      /\.tsx?$/,
      /^\/node_modules\/(react|react-dom|@mantine|vite|vitest|typescript|electron|electron-builder|@playwright|playwright-core|eslint|prettier|tsx|esbuild|echarts|fast-check)\//,
      /(^|\/)(\.ci|\.github|\.tmp|playwright\.config|vitest\.config|eslint\.config|tsconfig)/,
    ]
    const offending = files.filter(
      (file) => forbidden.some((pattern) => pattern.test(file)) && !file.endsWith('.d.ts'),
    )
    expect(offending).toEqual([])
  })

  it('carries the runtime libraries the main process loads', () => {
    for (const name of ['zod', 'date-fns', 'papaparse', 'exceljs', 'ics', 'docx']) {
      expect(files, name).toContain(`/node_modules/${name}/package.json`)
    }
  })

  it('carries PouchDB for working as a team, with LevelDB binaries for Windows, macOS and Linux unpacked', () => {
    for (const name of [
      'pouchdb-core',
      'pouchdb-adapter-leveldb',
      'pouchdb-adapter-http',
      'pouchdb-replication',
      'leveldown',
    ]) {
      expect(files, name).toContain(`/node_modules/${name}/package.json`)
    }
    // This package is for Linux: electron-builder keeps the binary of the target platform only.
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'leveldown', 'prebuilds')
    expect(existsSync(join(unpacked, 'linux-x64', 'node.napi.glibc.node'))).toBe(true)
    // The Windows and macOS packages take theirs from the same dependency.
    const shipped = join(root, 'node_modules', 'leveldown', 'prebuilds')
    for (const platform of ['win32-x64', 'darwin-x64+arm64', 'linux-x64']) {
      expect(existsSync(join(shipped, platform)), platform).toBe(true)
    }
  })

  it('flips the Electron fuses as the hardening asks', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'krachtstroom-coach'))
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_OFF)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE_OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE_OFF)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FUSE_ON)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE_ON)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FUSE_ON)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FUSE_OFF)
  })
})
