import { describe, expect, it, vi } from 'vitest'
import { type Dispatch } from '../../../main/services/types'
import { languageOfSettings, readLanguage, watchLanguage } from '../../../main/shell-language'

describe('languageOfSettings', () => {
  it('reads nl or en and nothing else', () => {
    expect(languageOfSettings({ language: 'en' })).toBe('en')
    expect(languageOfSettings({ language: 'nl' })).toBe('nl')
    expect(languageOfSettings({ language: 'de' })).toBeUndefined()
    expect(languageOfSettings(null)).toBeUndefined()
    expect(languageOfSettings('en')).toBeUndefined()
  })
})

describe('readLanguage', () => {
  it('uses the setting, and Dutch when it cannot be read', async () => {
    await expect(readLanguage(async () => ({ ok: true, value: { language: 'en' } }))).resolves.toBe('en')
    await expect(
      readLanguage(async () => ({ ok: false, error: { code: 'STORE_UNAVAILABLE', message: 'x' } })),
    ).resolves.toBe('nl')
  })
})

describe('watchLanguage', () => {
  function store(initial: 'nl' | 'en') {
    let language = initial
    const dispatch = vi.fn<Dispatch>(async (method, input) => {
      if (method === 'settings.update') language = (input as { language: 'nl' | 'en' }).language
      return {
        ok: true,
        value: method === 'settings.get' || method === 'settings.update' ? { language } : [],
      }
    })
    return dispatch
  }

  it('reports a change of language after settings.update, once', async () => {
    const dispatch = store('nl')
    const onChange = vi.fn()
    const watched = watchLanguage(dispatch, 'nl', onChange)
    await expect(watched('settings.update', { language: 'en' })).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    })
    await watched('settings.update', { language: 'en' })
    expect(onChange.mock.calls).toEqual([['en']])
  })

  it('does not look for other methods', async () => {
    const dispatch = store('nl')
    const onChange = vi.fn()
    await watchLanguage(dispatch, 'nl', onChange)('programme.list', {})
    expect(dispatch).toHaveBeenCalledTimes(1)
    expect(onChange).not.toHaveBeenCalled()
  })

  it('does not look after a failed call', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: 'x' },
    }))
    const onChange = vi.fn()
    await watchLanguage(dispatch, 'nl', onChange)('settings.update', { language: 'xx' })
    expect(dispatch).toHaveBeenCalledTimes(1)
    expect(onChange).not.toHaveBeenCalled()
  })
})
