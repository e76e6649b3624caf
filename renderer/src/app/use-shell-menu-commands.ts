import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { requestSaveBackupFile } from '../features/backups/save-backup-file-request'
import { menuCommandRoutes, scrollIntoViewSteadily, whenElement } from './shell-menu-routes'
import { useMenuCommand } from './use-menu-command'

const switcherSelector = '[data-testid="programme-switcher"]'

/**
 * The desktop menu's screen commands inside a programme: Nieuw programma, Programma wisselen (opens
 * the switcher in the header), Back-up terugzetten (Instellingen, scrolled to the back-ups), Back-up als
 * bestand bewaren (Instellingen, with the passphrase dialog open), Adressen
 * importeren, Rapport maken and Presentatie. Does nothing in a browser.
 */
export function useShellMenuCommands(): void {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const go = (path: string) => void navigate(path)

  useMenuCommand('new-programme', () => go(menuCommandRoutes['new-programme']))
  useMenuCommand('import-addresses', () => go(menuCommandRoutes['import-addresses']))
  useMenuCommand('make-report', () => go(menuCommandRoutes['make-report']))
  useMenuCommand('presentation', () => go(menuCommandRoutes.presentation))
  useMenuCommand('switch-programme', () => {
    // The presentation hides the header; the dashboard shows it.
    if (document.querySelector(switcherSelector) === null) go('/')
    whenElement(
      () => document.querySelector<HTMLInputElement>(switcherSelector),
      (input) => {
        input.focus()
        input.click()
      },
    )
  })
  useMenuCommand('save-backup-file', () => {
    // The passphrase is asked on Instellingen → Back-ups, where the save dialog opens.
    requestSaveBackupFile()
    go(menuCommandRoutes['save-backup-file'])
  })
  useMenuCommand('restore-backup', () => {
    go(menuCommandRoutes['restore-backup'])
    const heading = t('backups.heading')
    whenElement(
      () => Array.from(document.querySelectorAll('main h2')).find((h2) => h2.textContent === heading),
      // Also after the page has put focus on its h1 (use-focus-page-heading), which scrolls to the top.
      (h2) => scrollIntoViewSteadily(h2),
    )
  })
}
