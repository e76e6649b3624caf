import {
  type CSSVariablesResolver,
  DEFAULT_THEME,
  type MantineThemeOverride,
  convertCssVariables,
  defaultCssVariablesResolver,
  em,
  keys,
  mergeMantineTheme,
  px,
} from '@mantine/core'

/**
 * The CSS that MantineProvider would inject as <style> elements: the theme's CSS variables and the
 * `hidden-from` / `visible-from` helper classes. Built with Mantine's own resolver, so it always matches
 * the theme.
 */
export function themeCss(override: MantineThemeOverride, resolver?: CSSVariablesResolver): string {
  const theme = mergeMantineTheme(DEFAULT_THEME, override)
  const defaults = defaultCssVariablesResolver(theme)
  const extra = resolver?.(theme)
  const variables = convertCssVariables(
    extra
      ? {
          variables: { ...defaults.variables, ...extra.variables },
          light: { ...defaults.light, ...extra.light },
          dark: { ...defaults.dark, ...extra.dark },
        }
      : defaults,
    ':root',
  )
  const helpers = keys(theme.breakpoints)
    .map((breakpoint) => {
      const value = px(theme.breakpoints[breakpoint]) as number
      return (
        `@media (max-width: ${em(value - 0.1)}) {.mantine-visible-from-${breakpoint} {display: none !important;}}` +
        `@media (min-width: ${em(value)}) {.mantine-hidden-from-${breakpoint} {display: none !important;}}`
      )
    })
    .join('')
  return `${variables}${helpers}`
}

/**
 * Installs the theme's CSS as a constructed stylesheet (CSSOM). The Content-Security-Policy allows no
 * inline <style> elements (`style-src 'self'`), so MantineProvider runs with `withCssVariables={false}`
 * and `withGlobalClasses={false}`; a constructed stylesheet is not inline markup and is allowed, like
 * the style properties React sets. Call once before the first render.
 */
export function installThemeStyles(override: MantineThemeOverride, resolver?: CSSVariablesResolver): void {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(themeCss(override, resolver))
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
}
