import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from '../../../shared/i18n'
import { syncStateLabel } from '../../../shared/i18n/sync-state-label'

async function translator(language: 'nl' | 'en') {
  const i18n = i18next.createInstance()
  await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } })
  return i18n.t
}

describe('where sharing stands, in the header and on the card', () => {
  it('says how many changes wait, also while offline, so a coach knows the work has not left the laptop', async () => {
    const t = await translator('nl')
    expect(syncStateLabel(t, { state: 'synchronised', pending: 0 })).toBe('Gesynchroniseerd')
    expect(syncStateLabel(t, { state: 'waiting', pending: 3 })).toBe('3 wijzigingen wachten')
    expect(syncStateLabel(t, { state: 'offline', pending: 0 })).toBe('Offline')
    expect(syncStateLabel(t, { state: 'offline', pending: 1 })).toBe('Offline · 1 wijziging wacht')
    const en = await translator('en')
    expect(syncStateLabel(en, { state: 'offline', pending: 2 })).toBe('Offline · 2 changes waiting')
  })
})
