import { describe, expect, it } from 'vitest'
// electron-builder's own loader and schema check (app-builder-lib ships with electron-builder).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'

const projectDir = new URL('../../../', import.meta.url).pathname

describe('electron-builder.yml', async () => {
  const config = await getConfig(projectDir, 'electron-builder.yml', null)

  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('names the app', () => {
    expect(config.appId).toBe('nl.krachtstroom.coach')
    expect(config.productName).toBe('Krachtstroom Coach')
  })

  it('packs only the built app and package.json, without source maps', () => {
    // getConfig normalises the list into `{ filter: [...] }` file sets.
    const entries = (Array.isArray(config.files) ? config.files : [config.files]) as Array<
      string | { filter?: string | string[] }
    >
    const patterns = entries.flatMap((entry) =>
      typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat(),
    )
    // The app itself: the build and package.json; everything else listed only narrows what the
    // production dependencies bring along (test/package checks the real package contents).
    expect(patterns.filter((p) => !p.includes('node_modules'))).toEqual([
      'out/**',
      '!out/**/*.map',
      'package.json',
    ])
    expect(patterns).toContain('!**/node_modules/**/*.{map,ts,tsx,md,markdown}')
    expect(config.asar).toBe(true)
  })

  it('installs per user on Windows, in Dutch and English', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['nl_NL', 'en_US'],
      deleteAppDataOnUninstall: false,
    })
  })

  it('builds a dmg for Intel and Apple silicon and an AppImage', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(config.linux?.target).toEqual([{ target: 'AppImage', arch: ['x64'] }])
  })

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})
