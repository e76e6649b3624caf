import { type Theme } from '../model/programme'
import { type DefaultThemeCode, defaultThemeCodes } from '../model/vocabulary'

/** Dutch labels of the default themes, as a new programme stores them (the coach can rename them). */
export const defaultThemeLabels: Readonly<Record<DefaultThemeCode, string>> = {
  'sociale-samenhang': 'Sociale samenhang',
  leefbaarheid: 'Leefbaarheid',
  veiligheid: 'Veiligheid',
  armoede: 'Armoede',
  'zorg-en-welzijn': 'Zorg en welzijn',
  'openbare-ruimte': 'Openbare ruimte',
  meedoen: 'Meedoen (werk, bijstand)',
}

/**
 * The themes every new programme starts with, in the order of `defaultThemeCodes`, with Dutch labels
 * and none archived. Returns fresh objects, so callers may change them.
 */
export function defaultThemes(): Theme[] {
  return defaultThemeCodes.map((code) => ({ code, label: defaultThemeLabels[code], archived: false }))
}
