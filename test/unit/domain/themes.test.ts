import { describe, expect, it } from 'vitest'
import { defaultThemes } from '../../../shared/domain/themes'
import { defaultThemeCodes, themeSchema } from '../../../shared/model'

describe('defaultThemes', () => {
  it('gives every default theme code a Dutch label, in order', () => {
    expect(defaultThemes()).toEqual([
      { code: 'sociale-samenhang', label: 'Sociale samenhang', archived: false },
      { code: 'leefbaarheid', label: 'Leefbaarheid', archived: false },
      { code: 'veiligheid', label: 'Veiligheid', archived: false },
      { code: 'armoede', label: 'Armoede', archived: false },
      { code: 'zorg-en-welzijn', label: 'Zorg en welzijn', archived: false },
      { code: 'openbare-ruimte', label: 'Openbare ruimte', archived: false },
      { code: 'meedoen', label: 'Meedoen (werk, bijstand)', archived: false },
    ])
    expect(defaultThemes().map((t) => t.code)).toEqual([...defaultThemeCodes])
  })

  it('gives valid themes and fresh objects every call', () => {
    for (const theme of defaultThemes()) expect(themeSchema.parse(theme)).toEqual(theme)
    const first = defaultThemes()
    first[0]!.label = 'Anders'
    expect(defaultThemes()[0]?.label).toBe('Sociale samenhang')
  })
})
