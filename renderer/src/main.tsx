// First of all, before the rest of the app's code runs: ask the host for the first screen's data.
import './app/start-first'
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
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
