import { Alert } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { type MouseEvent, type ReactNode, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatch } from 'react-router'
import { type AppStatus } from '../../../shared/api/contract'
import { SharingNote } from '../features/sync/SharingNote'
import { AppHeader } from './AppHeader'
import { useActiveProgramme } from './active-programme-context'
import { preloadScreens } from './lazy-screens'
import classes from './AppLayout.module.css'
import { MainNavigation } from './MainNavigation'
import { useShellMenuCommands } from './use-shell-menu-commands'
import { useWindowCsvDrop } from './use-window-csv-drop'

/**
 * The app shell: header, sidebar menu and the page. Laid out with a static CSS grid rather than
 * Mantine's AppShell, which always injects a <style> element that the CSP would block.
 */
export function AppLayout({ status, children }: { status: AppStatus; children: ReactNode }) {
  const { t } = useTranslation()
  useShellMenuCommands()
  useWindowCsvDrop()
  // Once the first screen is up, the other screens' code loads in idle time: the next click is instant.
  const { active } = useActiveProgramme()
  useEffect(() => preloadScreens(active.id), [active.id])
  // The presentation fills the whole window, without header and menu.
  const presenting = useMatch('/presenteren') !== null
  if (presenting) return <>{children}</>
  return (
    <div className={classes.root}>
      <a className="app-skip-link" href="#main-content" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <AppHeader />
      </header>
      <nav className={classes.nav} aria-label={t('nav.label')}>
        <div className={classes.navInner}>
          <MainNavigation />
          <div className={classes.navFooter}>
            <SharingNote />
            <span className={classes.version}>{t('app.version', { version: status.appVersion })}</span>
          </div>
        </div>
      </nav>
      <main className={classes.main} id="main-content" tabIndex={-1}>
        <div className={classes.content}>
          {status.lastWriteError !== undefined && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} mb="lg" role="alert">
              {t('errors.lastWriteFailed', { reason: status.lastWriteError })}
            </Alert>
          )}
          {children}
        </div>
      </main>
    </div>
  )
}

// The hash router owns the URL hash, so the skip link moves focus itself instead of navigating.
function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault()
  document.getElementById('main-content')?.focus()
}
