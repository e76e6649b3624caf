import { type CSSVariablesResolver, type MantineColorsTuple, createTheme } from '@mantine/core'

/** The app's accent, a calm teal green; shade 6 is #1b6b5f (white text on it has a 6.3:1 contrast). */
const krachtstroom: MantineColorsTuple = [
  '#e9f5f2',
  '#d3e9e4',
  '#a8d3c9',
  '#79bbad',
  '#52a594',
  '#2f8a79',
  '#1b6b5f',
  '#175c52',
  '#124c44',
  '#0c3b35',
]

const fontFamily =
  'Inter, "Segoe UI Variable Text", "Segoe UI", system-ui, -apple-system, BlinkMacSystemFont, "Helvetica Neue", Arial, sans-serif'

/**
 * The Mantine theme. Its CSS variables are installed by `installThemeStyles` (theme-styles.ts), not by
 * MantineProvider, so that no <style> element is needed under the Content-Security-Policy.
 */
export const theme = createTheme({
  primaryColor: 'krachtstroom',
  primaryShade: 6,
  colors: { krachtstroom },
  fontFamily,
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "SF Mono", Menlo, Consolas, monospace',
  headings: {
    fontFamily,
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.25rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  autoContrast: true,
  black: '#1d2624',
  components: {
    Paper: { defaultProps: { radius: 'md' } },
    Button: { defaultProps: { radius: 'md' } },
    Notification: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { tt: 'none', fw: 600 } },
    // react-remove-scroll would hide the scroll bar through an inline <style>, which the CSP blocks;
    // scrolling behind a dialog is still locked by its event handlers.
    Modal: { defaultProps: { removeScrollProps: { removeScrollBar: false } } },
  },
})

/**
 * Variables on top of Mantine's defaults: "dimmed" and error texts darker than Mantine's, so they keep
 * a 4.5:1 contrast (WCAG AA) on the grey page background as well as on white cards.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5b6865',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-red-text': '#c92a2a',
    '--mantine-color-red-light-color': '#c92a2a',
  },
  dark: {},
})
