import { describe, expect, it } from 'vitest'
import { parseWebCliArgs } from '../../../main/host/cli-args'
import { desktopDataDir } from '../../../main/host/data-dir'

describe('parseWebCliArgs', () => {
  it('reads data folder, port, token and --no-open', () => {
    expect(
      parseWebCliArgs(['--data-dir', '/tmp/x', '--port', '0', '--no-open', '--token', 'a'.repeat(20)], {}),
    ).toEqual({
      dataDir: '/tmp/x',
      port: 0,
      open: false,
      token: 'a'.repeat(20),
    })
  })

  it('takes the token from KRACHTSTROOM_TOKEN when not given', () => {
    expect(parseWebCliArgs([], { KRACHTSTROOM_TOKEN: 'b'.repeat(16) }).token).toBe('b'.repeat(16))
  })

  it('defaults to port 4815 and opening the browser', () => {
    expect(parseWebCliArgs([], {})).toEqual({ port: 4815, open: true })
  })

  it('refuses a bad port, a short token and unknown options in Dutch', () => {
    expect(() => parseWebCliArgs(['--port', 'abc'], {})).toThrow(/geen geldig poortnummer/)
    expect(() => parseWebCliArgs(['--token', 'short'], {})).toThrow(/minstens 16 tekens/)
    expect(() => parseWebCliArgs(['--bogus'], {})).toThrow()
  })
})

describe('desktopDataDir', () => {
  it('matches where Electron keeps userData on each platform', () => {
    expect(desktopDataDir('win32', { APPDATA: 'C:\\Users\\c\\AppData\\Roaming' }, 'C:\\Users\\c')).toContain(
      'Krachtstroom Coach',
    )
    expect(desktopDataDir('darwin', {}, '/Users/c')).toBe(
      '/Users/c/Library/Application Support/Krachtstroom Coach',
    )
    expect(desktopDataDir('linux', {}, '/home/c')).toBe('/home/c/.config/Krachtstroom Coach')
    expect(desktopDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/c')).toBe('/x/Krachtstroom Coach')
  })
})
