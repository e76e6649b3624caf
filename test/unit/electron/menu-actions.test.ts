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

  it('asks the page for the backup file, where the passphrase it is encrypted with is chosen', () => {
    const d = deps()
    createMenuActions(d).saveBackupFile()
    expect(d.sendToPage).toHaveBeenCalledWith('save-backup-file')
    expect(d.dispatch).not.toHaveBeenCalled()
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
