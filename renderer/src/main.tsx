import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './app/global.css'
import './app/zod-csp'
import 'dayjs/locale/nl'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { captureWebToken } from './api/web-token'
import { App } from './app/App'
import './app/i18n'
import { cssVariablesResolver, theme } from './app/theme'
import { installThemeStyles } from './app/theme-styles'

captureWebToken()
installThemeStyles(theme, cssVariablesResolver)

const root = document.getElementById('root')
if (!root) throw new Error('Element #root ontbreekt in index.html')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
