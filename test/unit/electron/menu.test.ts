import { type MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuActions } from '../../../main/menu'
import { menuCommands } from '../../../shared/api/shell-bridge'

const idOf = (action: string): string =>
  action === 'showAbout' ? 'about' : action.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

type Item = MenuItemConstructorOptions

function actions() {
  const spies = {
    newProgramme: vi.fn<() => void>(),
    switchProgramme: vi.fn<() => void>(),
    createBackup: vi.fn<() => void>(),
    saveBackupFile: vi.fn<() => void>(),
    restoreBackup: vi.fn<() => void>(),
    importAddresses: vi.fn<() => void>(),
    makeReport: vi.fn<() => void>(),
    presentation: vi.fn<() => void>(),
    openDataFolder: vi.fn<() => void>(),
    showAbout: vi.fn<() => void>(),
  }
  return spies satisfies MenuActions
}

function submenu(item: Item | undefined): Item[] {
  return Array.isArray(item?.submenu) ? (item.submenu as Item[]) : []
}

/** Every item of the template, depth first. */
function allItems(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...allItems(submenu(item))])
}

function find(template: Item[], predicate: (item: Item) => boolean): Item | undefined {
  return allItems(template).find(predicate)
}

const labels = (items: Item[]) => items.filter((item) => item.type !== 'separator').map((item) => item.label)

describe('buildMenuTemplate', () => {
  it('has Bestand, Bewerken, Beeld and Help in Dutch on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate('nl', platform, actions())
      expect(labels(template)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help'])
      expect(labels(submenu(template[0]))).toEqual([
        'Nieuw programma…',
        'Programma wisselen…',
        'Back-up maken',
        'Back-up als bestand bewaren…',
        'Back-up terugzetten…',
        'Adressen importeren…',
        'Rapport maken…',
        'Afsluiten',
      ])
      expect(labels(submenu(template[2]))).toEqual([
        'Presentatie',
        'Volledig scherm',
        'Inzoomen',
        'Uitzoomen',
        'Werkelijke grootte',
      ])
      expect(labels(submenu(template[3]))).toEqual(['Over Krachtstroom Coach', 'Gegevensmap openen'])
    }
  })

  it('speaks English when asked', () => {
    const template = buildMenuTemplate('en', 'win32', actions())
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(labels(submenu(template[0]))).toEqual([
      'New programme…',
      'Switch programme…',
      'Make backup',
      'Save backup as a file…',
      'Restore backup…',
      'Import addresses…',
      'Make report…',
      'Quit',
    ])
    expect(labels(submenu(template[2]))).toEqual([
      'Presentation',
      'Full Screen',
      'Zoom In',
      'Zoom Out',
      'Actual Size',
    ])
    expect(labels(submenu(template[3]))).toEqual(['About Krachtstroom Coach', 'Open data folder'])
  })

  it('puts the app menu first on macOS, with Over and Afsluiten', () => {
    const template = buildMenuTemplate('nl', 'darwin', actions())
    expect(labels(template)).toEqual([
      'Krachtstroom Coach',
      'Bestand',
      'Bewerken',
      'Beeld',
      'Venster',
      'Help',
    ])
    const appMenu = submenu(template[0])
    expect(appMenu[0]?.label).toBe('Over Krachtstroom Coach')
    expect(appMenu.at(-1)).toMatchObject({
      role: 'quit',
      label: 'Krachtstroom Coach afsluiten',
      accelerator: 'Cmd+Q',
    })
    expect(labels(submenu(template[1]))).toEqual([
      'Nieuw programma…',
      'Programma wisselen…',
      'Back-up maken',
      'Back-up als bestand bewaren…',
      'Back-up terugzetten…',
      'Adressen importeren…',
      'Rapport maken…',
    ])
    expect(labels(submenu(template[5]))).toEqual(['Gegevensmap openen'])
    expect(template[4]?.role).toBe('windowMenu')
  })

  it('uses each platform’s shortcuts', () => {
    const accelerator = (platform: NodeJS.Platform, predicate: (item: Item) => boolean) =>
      find(buildMenuTemplate('nl', platform, actions(), { dev: true }), predicate)?.accelerator
    const newProgramme = (item: Item) => item.id === 'new-programme'
    expect(accelerator('darwin', newProgramme)).toBe('Cmd+N')
    expect(accelerator('win32', newProgramme)).toBe('Ctrl+N')
    expect(accelerator('linux', newProgramme)).toBe('Ctrl+N')

    const switchProgramme = (item: Item) => item.id === 'switch-programme'
    expect(accelerator('darwin', switchProgramme)).toBe('Cmd+O')
    expect(accelerator('win32', switchProgramme)).toBe('Ctrl+O')
    const presentation = (item: Item) => item.id === 'presentation'
    expect(accelerator('darwin', presentation)).toBe('Cmd+Shift+Enter')
    expect(accelerator('win32', presentation)).toBe('F5')
    expect(accelerator('linux', presentation)).toBe('F5')

    const quit = (item: Item) => item.role === 'quit'
    expect(accelerator('darwin', quit)).toBe('Cmd+Q')
    expect(accelerator('win32', quit)).toBe('Alt+F4')
    expect(accelerator('linux', quit)).toBe('Ctrl+Q')

    const fullScreen = (item: Item) => item.role === 'togglefullscreen'
    expect(accelerator('darwin', fullScreen)).toBe('Ctrl+Cmd+F')
    expect(accelerator('win32', fullScreen)).toBe('F11')

    expect(accelerator('darwin', (item) => item.role === 'zoomIn')).toBe('Cmd+=')
    expect(accelerator('win32', (item) => item.role === 'zoomOut')).toBe('Ctrl+-')
    expect(accelerator('linux', (item) => item.role === 'resetZoom')).toBe('Ctrl+0')
    expect(accelerator('darwin', (item) => item.role === 'toggleDevTools')).toBe('Alt+Cmd+I')
    expect(accelerator('win32', (item) => item.role === 'toggleDevTools')).toBe('Ctrl+Shift+I')
  })

  it('gives Bewerken the standard roles', () => {
    const edit = submenu(buildMenuTemplate('nl', 'win32', actions())[1])
    expect(edit.filter((item) => item.role).map((item) => item.role)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ])
    expect(labels(edit)).toEqual([
      'Ongedaan maken',
      'Opnieuw',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Verwijderen',
      'Alles selecteren',
    ])
    const macEdit = submenu(buildMenuTemplate('nl', 'darwin', actions())[2])
    expect(macEdit.map((item) => item.role)).toContain('pasteAndMatchStyle')
  })

  it('offers Herladen and developer tools only in development', () => {
    const roles = (dev: boolean) =>
      submenu(buildMenuTemplate('nl', 'linux', actions(), { dev })[2])
        .map((item) => item.role)
        .filter(Boolean)
    expect(roles(false)).toEqual(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom'])
    expect(roles(true)).toEqual([
      'reload',
      'toggleDevTools',
      'togglefullscreen',
      'zoomIn',
      'zoomOut',
      'resetZoom',
    ])
  })

  it('wires the items to the actions', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const spy = actions()
      const template = buildMenuTemplate('nl', platform, spy)
      const click = (id: string) =>
        (find(template, (item) => item.id === id)?.click as (() => void) | undefined)?.()
      const wiring = {
        'new-programme': spy.newProgramme,
        'switch-programme': spy.switchProgramme,
        'create-backup': spy.createBackup,
        'save-backup-file': spy.saveBackupFile,
        'restore-backup': spy.restoreBackup,
        'import-addresses': spy.importAddresses,
        'make-report': spy.makeReport,
        presentation: spy.presentation,
        'open-data-folder': spy.openDataFolder,
        about: spy.showAbout,
      }
      for (const [id, action] of Object.entries(wiring)) {
        click(id)
        expect(action, id).toHaveBeenCalledTimes(1)
      }
      // Every action is reachable from exactly one item, and every clickable item has an action.
      expect(Object.keys(wiring).sort()).toEqual(Object.keys(spy).map(idOf).sort())
      const clickable = allItems(template).filter((item) => item.click !== undefined)
      expect(clickable.map((item) => item.id).sort()).toEqual(Object.keys(wiring).sort())
    }
  })

  it('sends every menu command the page knows from some item (through its action)', () => {
    const pageCommands = new Set<string>(menuCommands)
    const template = buildMenuTemplate('nl', 'linux', actions())
    const ids = new Set(allItems(template).map((item) => item.id))
    for (const command of pageCommands) expect(ids.has(command), command).toBe(true)
  })

  it('has a label on every item that is not a separator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const language of ['nl', 'en'] as const) {
        for (const item of allItems(buildMenuTemplate(language, platform, actions(), { dev: true }))) {
          if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role ?? item.id)).toBeTruthy()
        }
      }
    }
  })
})
