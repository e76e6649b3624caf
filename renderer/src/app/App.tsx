import { type MantineColorSchemeManager, MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { HashRouter } from 'react-router'
import { StartupGate } from './StartupGate'
import { theme } from './theme'

/**
 * The app is always light. Mantine's default manager would read the scheme from localStorage, and
 * that first storage access alone can hold up the first screen for tens of milliseconds.
 */
const alwaysLight: MantineColorSchemeManager = {
  get: () => 'light',
  set: () => undefined,
  subscribe: () => undefined,
  unsubscribe: () => undefined,
  clear: () => undefined,
}

/**
 * The app's providers. Mantine's CSS variables and helper classes come from `installThemeStyles`
 * (no <style> element under the CSP). A hash router works from file:// in Electron as well.
 */
export function App() {
  const { i18n } = useTranslation()
  return (
    <MantineProvider
      theme={theme}
      withCssVariables={false}
      withGlobalClasses={false}
      forceColorScheme="light"
      colorSchemeManager={alwaysLight}
    >
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" limit={4} zIndex={400} />
        <HashRouter>
          <StartupGate />
        </HashRouter>
      </DatesProvider>
    </MantineProvider>
  )
}
