import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDesktopFiles, type DesktopFilesDeps } from '../../../main/desktop-files'
import { type SaveDialogAnswer, type SaveDialogOptionsLike } from '../../../main/file-dialogs'
import { createFolderMemory, SHELL_SETTINGS_FILE } from '../../../main/shell-settings'
import { shellTexts } from '../../../main/shell-texts'

type Sender = { id: number }
const sender: Sender = { id: 1 }
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('createDesktopFiles', () => {
  let root: string
  let documents: string
  let reports: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kc-files-'))
    documents = join(root, 'Documenten')
    reports = join(root, 'Rapporten gemeente')
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  /** The real folder memory and file writes in a temp folder; the dialog answers `answer(options)`. */
  function setup(
    answer: (options: SaveDialogOptionsLike) => SaveDialogAnswer,
    overrides: Partial<DesktopFilesDeps<Sender>> = {},
  ) {
    const dialog = vi.fn(async (_sender: Sender | undefined, options: SaveDialogOptionsLike) =>
      answer(options),
    )
    const openPath = vi.fn(async (_path: string) => '')
    const deps: DesktopFilesDeps<Sender> = {
      showSaveDialog: dialog,
      writeFile: async (path, bytes) => {
        const { mkdir } = await import('node:fs/promises')
        await mkdir(join(path, '..'), { recursive: true })
        await writeFile(path, bytes)
      },
      openPath,
      folders: createFolderMemory(join(root, 'userData', SHELL_SETTINGS_FILE)),
      defaultFolder: () => documents,
      texts: () => shellTexts('nl'),
      log: vi.fn(),
      ...overrides,
    }
    return { files: createDesktopFiles(deps), dialog, openPath, deps }
  }

  it('starts in Documenten, saves where the coach chose, and starts there next time for that kind only', async () => {
    const target = join(reports, 'Voortgang.docx')
    const { files, dialog } = setup(() => ({ canceled: false, filePath: target }))
    const first = await files.saveFile(sender, {
      fileName: 'Voortgang.docx',
      base64: base64('woord'),
      kind: 'report',
    })
    expect(first).toEqual({ saved: true, path: target })
    expect(readFileSync(target, 'utf8')).toBe('woord')
    expect(dialog.mock.calls[0]?.[0]).toBe(sender)
    expect(dialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Rapport bewaren',
      defaultPath: join(documents, 'Voortgang.docx'),
      filters: [
        { name: 'Word-document', extensions: ['docx'] },
        { name: 'Alle bestanden', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })

    await files.saveFile(sender, { fileName: 'Tweede.docx', base64: base64('2'), kind: 'report' })
    expect(dialog.mock.calls[1]?.[1].defaultPath).toBe(join(reports, 'Tweede.docx'))
    await files.saveFile(sender, { fileName: 'ideeen.xlsx', base64: base64('x'), kind: 'export' })
    expect(dialog.mock.calls[2]?.[1].defaultPath).toBe(join(documents, 'ideeen.xlsx'))

    // Remembered across runs: a fresh handler on the same userData starts in the same folder.
    const again = setup(() => ({ canceled: true }))
    await again.files.saveFile(sender, { fileName: 'Derde.docx', base64: base64('3'), kind: 'report' })
    expect(again.dialog.mock.calls[0]?.[1].defaultPath).toBe(join(reports, 'Derde.docx'))
    const settings = JSON.parse(readFileSync(join(root, 'userData', SHELL_SETTINGS_FILE), 'utf8'))
    expect(settings.lastFolders.report).toBe(reports)
  })

  it('answers saved: false and writes nothing when the coach cancels', async () => {
    const { files } = setup(() => ({ canceled: true, filePath: '' }))
    await expect(
      files.saveFile(sender, { fileName: 'a.docx', base64: base64('a'), kind: 'report' }),
    ).resolves.toEqual({ saved: false })
    expect(files.wasSaved(join(documents, 'a.docx'))).toBe(false)
  })

  it('explains a write that fails, in Dutch, and remembers nothing', async () => {
    const { files } = setup(() => ({ canceled: false, filePath: join(reports, 'x.docx') }), {
      writeFile: async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })),
    })
    const result = await files.saveFile(sender, { fileName: 'x.docx', base64: base64('a'), kind: 'report' })
    expect(result).toEqual({
      saved: false,
      error:
        'x.docx kon niet worden bewaard: het bestand is in gebruik (misschien geopend in Word of Excel).',
    })
    expect(files.wasSaved(join(reports, 'x.docx'))).toBe(false)
  })

  it('validates every input before showing any dialog', async () => {
    const { files, dialog } = setup(() => ({ canceled: false, filePath: join(root, 'x') }))
    const bad: [unknown, RegExp][] = [
      [undefined, /ongeldig/],
      ['a.docx', /ongeldig/],
      [{ fileName: 'a.exe', base64: '', kind: 'report' }, /Dit soort bestand/],
      [{ fileName: '', base64: '', kind: 'report' }, /bestandsnaam ontbreekt/],
      [{ fileName: 'a\u0007.docx', base64: '', kind: 'report' }, /onzichtbare/],
      [{ fileName: `${'a'.repeat(201)}.docx`, base64: '', kind: 'report' }, /te lang/],
      [{ fileName: 'a.docx', base64: 'niet base64!', kind: 'report' }, /base64/],
      [{ fileName: 'a.docx', base64: '', kind: 'virus' }, /soort bestand/],
      [{ fileName: 'a.docx', base64: '', kind: 'report', extra: 1 }, /ongeldig/],
      [{ fileName: 42, base64: '', kind: 'report' }, /bestandsnaam ontbreekt/],
    ]
    for (const [input, message] of bad) {
      const result = await files.saveFile(sender, input)
      expect(result.saved, JSON.stringify(input)).toBe(false)
      expect(result.saved === false && result.error, JSON.stringify(input)).toMatch(message)
    }
    expect(dialog).not.toHaveBeenCalled()
  })

  it('suggests a safe name: no folders, no characters Windows refuses', async () => {
    const { files, dialog } = setup(() => ({ canceled: true }))
    await files.saveFile(sender, {
      fileName: '../../etc/Wezep: "Voor" Elkaar?.docx',
      base64: '',
      kind: 'report',
    })
    expect(dialog.mock.calls[0]?.[1].defaultPath).toBe(join(documents, '-..-etc-Wezep- -Voor- Elkaar-.docx'))
  })

  it('opens only a file it saved itself in this session', async () => {
    const target = join(reports, 'Voortgang.docx')
    const { files, openPath } = setup(() => ({ canceled: false, filePath: target }))
    await expect(files.openPath(target)).resolves.toEqual({
      opened: false,
      error: 'De app opent alleen bestanden die hij zelf net heeft bewaard.',
    })
    await files.saveFile(sender, { fileName: 'Voortgang.docx', base64: base64('w'), kind: 'report' })
    await expect(files.openPath(target)).resolves.toEqual({ opened: true })
    expect(openPath).toHaveBeenCalledExactlyOnceWith(target)

    for (const other of [join(reports, 'ander.docx'), `${target}/..`, reports, '/etc/passwd', '', 42, null]) {
      await expect(files.openPath(other)).resolves.toMatchObject({ opened: false })
    }
    expect(openPath).toHaveBeenCalledTimes(1)
  })

  it('passes on why the system could not open the file', async () => {
    const target = join(reports, 'Voortgang.docx')
    const { files } = setup(() => ({ canceled: false, filePath: target }), {
      openPath: async () => 'No application is associated',
    })
    await files.saveFile(sender, { fileName: 'Voortgang.docx', base64: base64('w'), kind: 'report' })
    await expect(files.openPath(target)).resolves.toEqual({
      opened: false,
      error: 'Het bestand kon niet worden geopend: No application is associated',
    })
  })

  it('saveBytes saves bytes main made itself (the menu’s backup file)', async () => {
    const target = join(root, 'Back-ups', 'kc.kcbackup')
    const { files, dialog } = setup(() => ({ canceled: false, filePath: target }))
    await expect(
      files.saveBytes(undefined, 'kc.kcbackup', new Uint8Array([1, 2, 3]), 'backup'),
    ).resolves.toEqual({
      saved: true,
      path: target,
    })
    expect([...readFileSync(target)]).toEqual([1, 2, 3])
    expect(dialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Back-up als bestand bewaren',
      filters: [{ name: 'Krachtstroom-back-up', extensions: ['kcbackup'] }, expect.anything()],
    })
  })

  it('reports a dialog that fails instead of throwing', async () => {
    const { files } = setup(() => {
      throw new Error('no display')
    })
    await expect(
      files.saveFile(sender, { fileName: 'a.docx', base64: '', kind: 'report' }),
    ).resolves.toMatchObject({ saved: false, error: expect.stringContaining('no display') })
  })
})
