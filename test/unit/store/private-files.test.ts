import { chmod, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeFsOps, type FsOps } from '../../../main/store/fs-ops'
import {
  describePrivateFolder,
  makeDataFolderPrivate,
  writeSavedFile,
} from '../../../main/store/private-files'
import { openStoreManager } from '../../../main/store/store-manager'
import { writeShellSettings } from '../../../main/shell-settings'
import { writeWindowState } from '../../../main/window-state'
import { startRuntime } from '../../../main/host/runtime'
import { LOCK_FILE_NAME } from '../../../main/store/folder-lock'
import { addMember, tempDirs } from './store-test-helpers'

const dirs = tempDirs()
afterEach(() => dirs.cleanup())

const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777
const onWindows = process.platform === 'win32'

/** Every file and folder in the data folder and its backups, with its mode. */
async function modesIn(dataDir: string): Promise<Record<string, number>> {
  const modes: Record<string, number> = { '.': await modeOf(dataDir) }
  for (const entry of await readdir(dataDir)) modes[entry] = await modeOf(join(dataDir, entry))
  for (const entry of await readdir(join(dataDir, 'backups')).catch(() => [] as string[]))
    modes[`backups/${entry}`] = await modeOf(join(dataDir, 'backups', entry))
  return modes
}

describe.skipIf(onWindows)('private files in the data folder', () => {
  it('creates the data folder 0700 and the store and backups 0600, and keeps them so at every write', async () => {
    const dataDir = join(await dirs.make(), 'nieuw', 'Krachtstroom Coach')
    const manager = await openStoreManager({ dataDir })
    const state = manager.state()
    if (state.status !== 'ok') throw new Error('store niet open')
    for (let i = 0; i < 3; i++) await state.store.update((data) => void addMember(data, `Lid ${i}`))
    await manager.createBackup('manual')
    await manager.settleBackground()
    const modes = await modesIn(dataDir)
    expect(modes['.']).toBe(0o700)
    expect(modes.backups).toBe(0o700)
    expect(Object.keys(modes).filter((name) => name.startsWith('backups/')).length).toBe(2)
    for (const [name, mode] of Object.entries(modes))
      if (name !== '.' && name !== 'backups') expect([name, mode]).toEqual([name, 0o600])
    // A store that someone opened up again is private again after the next save.
    await chmod(manager.filePath, 0o644)
    await state.store.update((data) => void addMember(data, 'Nog een lid'))
    expect(await modeOf(manager.filePath)).toBe(0o600)
    await manager.close()
  })

  it('creates the temp file of every write with mode 0600, before the data goes in', async () => {
    const dataDir = await dirs.make()
    const tempModes: number[] = []
    const fsOps: FsOps = {
      ...nodeFsOps,
      rename: async (from, to) => {
        tempModes.push(await modeOf(from))
        await nodeFsOps.rename(from, to)
      },
    }
    const manager = await openStoreManager({ dataDir, fsOps })
    const state = manager.state()
    if (state.status !== 'ok') throw new Error('store niet open')
    await state.store.update((data) => void addMember(data, 'Lid'))
    await manager.createBackup('manual')
    await manager.close()
    expect(tempModes.length).toBeGreaterThanOrEqual(3)
    expect(new Set(tempModes)).toEqual(new Set([0o600]))
  })

  it('makes an existing open data folder private at start-up, says so once, and leaves other files alone', async () => {
    const dataDir = await dirs.make()
    await writeFile(join(dataDir, 'krachtstroom.json'), '{}')
    await writeFile(join(dataDir, 'krachtstroom.json.corrupt-20260101-120000'), '{')
    await writeFile(join(dataDir, 'window-state.json'), '{}')
    await writeFile(join(dataDir, 'Oud.kcbackup'), 'x')
    await writeFile(join(dataDir, 'eigen-aantekeningen.txt'), 'van de coach zelf')
    await mkdir(join(dataDir, 'backups'))
    await writeFile(join(dataDir, 'backups', 'krachtstroom-20260101-120000-daily.json'), '{}')
    await symlink(join(dataDir, 'eigen-aantekeningen.txt'), join(dataDir, 'krachtstroom-link'))
    for (const path of [dataDir, join(dataDir, 'backups')]) await chmod(path, 0o755)
    for (const entry of await readdir(dataDir))
      if (!entry.includes('link')) await chmod(join(dataDir, entry), 0o755)
    await chmod(join(dataDir, 'backups', 'krachtstroom-20260101-120000-daily.json'), 0o644)
    for (const entry of [
      'krachtstroom.json',
      'krachtstroom.json.corrupt-20260101-120000',
      'window-state.json',
      'Oud.kcbackup',
      'eigen-aantekeningen.txt',
    ])
      await chmod(join(dataDir, entry), 0o644)

    const first = await makeDataFolderPrivate(dataDir)
    expect(first.repaired.map((repair) => repair.path.slice(dataDir.length)).sort()).toEqual(
      [
        '',
        '/Oud.kcbackup',
        '/backups',
        '/backups/krachtstroom-20260101-120000-daily.json',
        '/krachtstroom.json',
        '/krachtstroom.json.corrupt-20260101-120000',
        '/window-state.json',
      ].sort(),
    )
    expect(describePrivateFolder(first)).toBe(
      'De gegevensmap is afgeschermd: 2 mappen en 5 bestanden waren ook leesbaar voor andere gebruikers van deze computer en zijn nu alleen voor jou.',
    )
    const modes = await modesIn(dataDir)
    expect(modes).toMatchObject({
      '.': 0o700,
      backups: 0o700,
      'krachtstroom.json': 0o600,
      'window-state.json': 0o600,
      'Oud.kcbackup': 0o600,
      'backups/krachtstroom-20260101-120000-daily.json': 0o600,
      'eigen-aantekeningen.txt': 0o644,
    })
    const second = await makeDataFolderPrivate(dataDir)
    expect(second.repaired).toEqual([])
    expect(describePrivateFolder(second)).toBeUndefined()
  })

  it('leaves a shared folder with the sticky bit alone and says to choose a folder of one’s own', async () => {
    const dataDir = await dirs.make()
    await chmod(dataDir, 0o1777)
    const result = await makeDataFolderPrivate(dataDir)
    expect(result).toEqual({ repaired: [], sharedFolder: dataDir })
    expect(describePrivateFolder(result)).toMatch(/gedeelde map .* Kies een eigen map met --data-dir/)
    expect(await modeOf(dataDir)).toBe(0o777)
  })

  it('changes nothing on Windows, where the data folder lives in the coach’s own profile', async () => {
    const dataDir = await dirs.make()
    await chmod(dataDir, 0o755)
    expect(await makeDataFolderPrivate(dataDir, 'win32')).toEqual({ repaired: [] })
    expect(await modeOf(dataDir)).toBe(0o755)
  })

  it('tells the host once, at the start of the first run on an open folder, and keeps the lock private', async () => {
    const dataDir = await dirs.make()
    await chmod(dataDir, 0o755)
    const first = await startRuntime({ dataDir, appVersion: '0.0.0-test' })
    // The lock that marks the folder as open, and the socket its holder answers on: the coach's alone.
    const lockPath = join(dataDir, LOCK_FILE_NAME)
    expect(await modeOf(lockPath)).toBe(0o600)
    const { address } = JSON.parse(await readFile(lockPath, 'utf8')) as { address: string }
    expect(await modeOf(address)).toBe(0o600)
    await first.close()
    expect(first.privacyNotice).toMatch(/^De gegevensmap is afgeschermd: 1 map was ook leesbaar/)
    const second = await startRuntime({ dataDir, appVersion: '0.0.0-test' })
    await second.close()
    expect(second.privacyNotice).toBeUndefined()
    const modes = await modesIn(dataDir)
    for (const [name, mode] of Object.entries(modes))
      expect([name, mode]).toEqual([name, name === '.' || name === 'backups' ? 0o700 : 0o600])
  })

  it('saves backup files and files in the data folder 0600, also over an existing file; reports as usual', async () => {
    const dataDir = await dirs.make()
    const documents = await dirs.make()
    const backup = join(documents, 'Back-up.kcbackup')
    await writeFile(backup, 'oud')
    await chmod(backup, 0o644)
    await writeSavedFile(backup, new Uint8Array([1, 2, 3]), dataDir)
    expect(await modeOf(backup)).toBe(0o600)
    await writeSavedFile(join(dataDir, 'Rapport.docx'), new Uint8Array([1]), dataDir)
    expect(await modeOf(join(dataDir, 'Rapport.docx'))).toBe(0o600)
    await writeSavedFile(join(documents, 'Rapport.docx'), new Uint8Array([1]), dataDir)
    expect((await modeOf(join(documents, 'Rapport.docx'))) & 0o600).toBe(0o600)
    expect(await modeOf(join(documents, 'Rapport.docx'))).not.toBe(0o600)
  })

  it('writes the desktop shell’s own small files 0600', async () => {
    const dataDir = await dirs.make()
    expect(
      writeWindowState(join(dataDir, 'window-state.json'), { width: 1200, height: 800, maximized: false }),
    ).toBe(true)
    expect(writeShellSettings(join(dataDir, 'shell-settings.json'), { lastFolders: {} })).toBe(true)
    expect(await modeOf(join(dataDir, 'window-state.json'))).toBe(0o600)
    expect(await modeOf(join(dataDir, 'shell-settings.json'))).toBe(0o600)
  })
})
