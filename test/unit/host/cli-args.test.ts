import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseWebCliArgs } from '../../../main/host/cli-args'
import { desktopDataDir } from '../../../main/host/data-dir'
import { readTokenFile, resolveToken } from '../../../main/host/host-token'

describe('parseWebCliArgs', () => {
  it('reads data folder, port, token file and --no-open', () => {
    expect(
      parseWebCliArgs(
        ['--data-dir', '/tmp/x', '--port', '0', '--no-open', '--token-file', '/run/kc-token'],
        {},
      ),
    ).toEqual({
      dataDir: '/tmp/x',
      port: 0,
      open: false,
      tokenFile: '/run/kc-token',
    })
  })

  it('takes the token from KRACHTSTROOM_TOKEN when it is set', () => {
    expect(parseWebCliArgs([], { KRACHTSTROOM_TOKEN: 'b'.repeat(16) }).envToken).toBe('b'.repeat(16))
    expect(parseWebCliArgs([], { KRACHTSTROOM_TOKEN: '' }).envToken).toBeUndefined()
  })

  it('defaults to port 4815 and opening the browser', () => {
    expect(parseWebCliArgs([], {})).toEqual({ port: 4815, open: true })
  })

  it('refuses a token on the command line, in Dutch, saying what to use instead', () => {
    for (const argv of [['--token', 'a'.repeat(20)], [`--token=${'a'.repeat(20)}`], ['--token']]) {
      expect(() => parseWebCliArgs(argv, {})).toThrow(
        /^--token: een sleutel op de opdrachtregel kan iedere gebruiker van deze computer lezen .* KRACHTSTROOM_TOKEN.* --token-file <bestand>/,
      )
    }
  })

  it('refuses a bad port and unknown options', () => {
    expect(() => parseWebCliArgs(['--port', 'abc'], {})).toThrow(/geen geldig poortnummer/)
    expect(() => parseWebCliArgs(['--bogus'], {})).toThrow()
  })
})

describe('the web host’s token', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('reads a token file that only its owner can read, without the final newline', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-token-'))
    const file = join(dir, 'token')
    await writeFile(file, `${'t'.repeat(24)}\n`, { mode: 0o600 })
    expect(await readTokenFile(file)).toBe('t'.repeat(24))
    expect(await resolveToken({ tokenFile: file, envToken: 'e'.repeat(20) })).toBe('t'.repeat(24))
  })

  it.skipIf(process.platform === 'win32')('refuses a token file other accounts can read', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-token-'))
    const file = join(dir, 'token')
    await writeFile(file, 't'.repeat(24))
    for (const mode of [0o644, 0o640, 0o604]) {
      await chmod(file, mode)
      await expect(readTokenFile(file)).rejects.toThrow(
        /^--token-file: andere gebruikers van deze computer kunnen .* lezen\. Maak het alleen voor jou leesbaar \(chmod 600/,
      )
    }
    await chmod(file, 0o400)
    expect(await readTokenFile(file)).toBe('t'.repeat(24))
  })

  it('refuses a missing file and a short token, in Dutch', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-token-'))
    await expect(readTokenFile(join(dir, 'nergens'))).rejects.toThrow(/bestaat niet/)
    const file = join(dir, 'token')
    await writeFile(file, 'kort', { mode: 0o600 })
    await expect(readTokenFile(file)).rejects.toThrow(/minstens 16 tekens/)
    await expect(resolveToken({ envToken: 'kort' })).rejects.toThrow(
      /^KRACHTSTROOM_TOKEN: .*minstens 16 tekens/,
    )
  })

  it('takes KRACHTSTROOM_TOKEN, or makes a new random one', async () => {
    expect(await resolveToken({ envToken: 'e'.repeat(20) })).toBe('e'.repeat(20))
    const made = await resolveToken({})
    expect(made).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(await resolveToken({})).not.toBe(made)
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
