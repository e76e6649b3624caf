import { describe, expect, it, vi } from 'vitest'
import {
  createMenuActions,
  describeBackupTime,
  type MenuActionDeps,
  type ShellMessage,
} from '../../../main/menu-actions'
import { type Dispatch } from '../../../main/services/types'

function deps(overrides: Partial<MenuActionDeps> = {}) {
  const base = {
    dispatch: vi.fn<Dispatch>(async () => ({ ok: true, value: { createdAt: '2025-03-14T09:30:00.000Z' } })),
    dataDir: '/home/coach/.config/Krachtstroom Coach',
    appVersion: '0.1.0',
    language: () => 'nl' as const,
    sendToPage: vi.fn(),
    showMessage: vi.fn(async () => undefined),
    openPath: vi.fn(async () => ''),
    saveBytes: vi.fn<MenuActionDeps['saveBytes']>(async () => ({ saved: true, path: '/docs/kc.kcbackup' })),
    log: vi.fn(),
  }
  return { ...base, ...overrides }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createMenuActions', () => {
  it('sends "Nieuw programma" to the page', () => {
    const d = deps()
    createMenuActions(d).newProgramme()
    expect(d.sendToPage).toHaveBeenCalledWith('new-programme')
  })

  it('sends the screen commands to the page', () => {
    const d = deps()
    const actions = createMenuActions(d)
    actions.switchProgramme()
    actions.restoreBackup()
    actions.importAddresses()
    actions.makeReport()
    actions.presentation()
    expect(vi.mocked(d.sendToPage).mock.calls).toEqual([
      ['switch-programme'],
      ['restore-backup'],
      ['import-addresses'],
      ['make-report'],
      ['presentation'],
    ])
  })

  it('saves the backup file through the save dialog and says where it went', async () => {
    const base64 = Buffer.from('{"store":1}').toString('base64')
    const d = deps({
      dispatch: vi.fn<Dispatch>(async () => ({ ok: true, value: { fileName: 'kc.kcbackup', base64 } })),
    })
    createMenuActions(d).saveBackupFile()
    await settle()
    expect(d.dispatch).toHaveBeenCalledWith('backup.exportFile', {})
    const [fileName, bytes, kind] = vi.mocked(d.saveBytes).mock.calls[0] ?? []
    expect([fileName, Buffer.from(bytes ?? []).toString('utf8'), kind]).toEqual([
      'kc.kcbackup',
      '{"store":1}',
      'backup',
    ])
    expect(d.showMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'info', detail: expect.stringContaining('/docs/kc.kcbackup') }),
    )
  })

  it('says nothing when the coach cancels the backup file, and explains a failure', async () => {
    const value = { fileName: 'kc.kcbackup', base64: '' }
    const cancelled = deps({
      dispatch: vi.fn<Dispatch>(async () => ({ ok: true, value })),
      saveBytes: vi.fn<MenuActionDeps['saveBytes']>(async () => ({ saved: false })),
    })
    createMenuActions(cancelled).saveBackupFile()
    await settle()
    expect(cancelled.showMessage).not.toHaveBeenCalled()

    const failing = deps({
      dispatch: vi.fn<Dispatch>(async () => ({ ok: true, value })),
      saveBytes: vi.fn<MenuActionDeps['saveBytes']>(async () => ({
        saved: false,
        error: 'De schijf is vol.',
      })),
    })
    createMenuActions(failing).saveBackupFile()
    await settle()
    expect(failing.showMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', detail: 'De schijf is vol.' }),
    )

    const refused = deps({
      dispatch: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'Kapot.' } }),
    })
    createMenuActions(refused).saveBackupFile()
    await settle()
    expect(refused.saveBytes).not.toHaveBeenCalled()
    expect(refused.showMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', detail: 'Kapot.' }),
    )
  })

  it('makes a backup and says so', async () => {
    const d = deps()
    createMenuActions(d).createBackup()
    await settle()
    expect(d.dispatch).toHaveBeenCalledWith('backup.create', {})
    expect(d.showMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'info', title: 'Back-up gemaakt' }),
    )
  })

  it('shows the Dutch error when the backup fails', async () => {
    const d = deps({
      dispatch: async () => ({ ok: false, error: { code: 'WRITE_FAILED', message: 'De schijf is vol.' } }),
    })
    createMenuActions(d).createBackup()
    await settle()
    expect(d.showMessage).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'error',
        title: 'De back-up is niet gelukt',
        detail: 'De schijf is vol.',
      }),
    )
  })

  it('opens the data folder, and explains when that fails', async () => {
    const ok = deps()
    createMenuActions(ok).openDataFolder()
    await settle()
    expect(ok.openPath).toHaveBeenCalledWith('/home/coach/.config/Krachtstroom Coach')
    expect(ok.showMessage).not.toHaveBeenCalled()

    const failing = deps({ openPath: async () => 'Failed to open path' })
    createMenuActions(failing).openDataFolder()
    await settle()
    expect(failing.showMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', title: 'De gegevensmap kon niet worden geopend' }),
    )
  })

  it('shows version and data folder under Over, in the chosen language', () => {
    const showMessage = vi.fn(async (_message: ShellMessage) => undefined)
    createMenuActions(deps({ language: () => 'en', showMessage })).showAbout()
    const message = showMessage.mock.calls[0]?.[0]
    expect(message).toMatchObject({ title: 'About Krachtstroom Coach', message: 'Krachtstroom Coach' })
    expect(message?.detail).toContain('Version 0.1.0')
    expect(message?.detail).toContain('/home/coach/.config/Krachtstroom Coach')
  })

  it('logs instead of crashing when a dialog fails', async () => {
    const d = deps({ showMessage: async () => Promise.reject(new Error('no display')) })
    createMenuActions(d).showAbout()
    createMenuActions(d).createBackup()
    await settle()
    expect(d.log).toHaveBeenCalledTimes(2)
  })
})

describe('describeBackupTime', () => {
  it('formats the backup time in the coach’s language', () => {
    expect(describeBackupTime({ createdAt: '2025-03-14T09:30:00.000Z' }, 'nl')).toMatch(/14 maart 2025/)
    expect(describeBackupTime({ createdAt: '2025-03-14T09:30:00.000Z' }, 'en')).toMatch(/14 March 2025/)
  })

  it('gives an empty string for anything else', () => {
    expect(describeBackupTime(null, 'nl')).toBe('')
    expect(describeBackupTime({ createdAt: 'gisteren' }, 'nl')).toBe('')
  })
})
