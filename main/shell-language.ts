import { languages, type Language } from '../shared/model/vocabulary'
import { type Dispatch } from './services/types'

/** Methods after which the language setting may differ (a changed setting, other data restored). */
export const LANGUAGE_CHANGING_METHODS: ReadonlySet<string> = new Set([
  'settings.update',
  'backup.restore',
  'recovery.startEmpty',
])

/** The `language` of a settings value, if it is one of the app's languages. */
export function languageOfSettings(value: unknown): Language | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const language = (value as { language?: unknown }).language
  return (languages as readonly unknown[]).includes(language) ? (language as Language) : undefined
}

/** The coach's chosen language, Dutch when the settings cannot be read (e.g. in recovery). */
export async function readLanguage(dispatch: Dispatch): Promise<Language> {
  const response = await dispatch('settings.get', {})
  return (response.ok ? languageOfSettings(response.value) : undefined) ?? 'nl'
}

/**
 * Wraps `dispatch` so the shell notices a change of language (to rebuild its menu): after a
 * successful call that may change it, the language is read again and `onChange` called if it differs.
 */
export function watchLanguage(
  dispatch: Dispatch,
  initial: Language,
  onChange: (language: Language) => void,
): Dispatch {
  let current = initial
  return async (method, input) => {
    const response = await dispatch(method, input)
    if (response.ok && LANGUAGE_CHANGING_METHODS.has(method)) {
      const next = await readLanguage(dispatch)
      if (next !== current) {
        current = next
        onChange(next)
      }
    }
    return response
  }
}
