// First of all, before the rest of the app's code runs: ask the host for the first screen's data.
import { firstScreenData } from './app/start-first'
import './app/first-screen.css'
import './app/global.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './app/i18n'
import { cssVariablesResolver, theme } from './app/theme'
import { installThemeStyles } from './app/theme-styles'

installThemeStyles(theme, cssVariablesResolver)

const root = document.getElementById('root')
if (!root) throw new Error('Element #root ontbreekt in index.html')

// Usually the first screen's data is in by now, or nearly: waiting for it lets React draw the dashboard
// in its first render instead of a loading screen first. A slow start shows the loading screen after all.
const LONGEST_WAIT_MS = 250
void Promise.race([firstScreenData, new Promise((resolve) => setTimeout(resolve, LONGEST_WAIT_MS))]).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
)
