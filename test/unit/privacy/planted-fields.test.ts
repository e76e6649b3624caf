import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  freeTextFields,
  markerOf,
  notPlantedFields,
  plantedHits,
  plantedStore,
  residentFields,
  storeStringFields,
  stringFieldsOf,
} from '../../support/planted-identifiers'

describe('the planting list of the privacy tests', () => {
  it('knows every text field of the store: a new field must be planted or say why not', () => {
    const known = new Set<string>([...freeTextFields, ...residentFields, ...Object.keys(notPlantedFields)])
    const fields = storeStringFields()
    expect(fields.filter((field) => !known.has(field))).toEqual([])
    expect([...known].filter((field) => !fields.includes(field))).toEqual([])
  })

  it('reads string fields from a schema, also inside lists, optional parts and transforms', () => {
    const schema = z.object({
      id: z.uuid(),
      note: z.string().default(''),
      items: z.array(z.object({ text: z.string().optional(), at: z.iso.datetime() })),
      code: z
        .string()
        .trim()
        .transform((value) => value.toUpperCase()),
      count: z.number(),
    })
    expect(stringFieldsOf(schema)).toEqual(['note', 'items[].text', 'code'])
  })

  it('plants every free-text field, and the planted store is valid', () => {
    const data = plantedStore()
    const json = JSON.stringify(data)
    expect(freeTextFields.filter((field) => !json.includes(markerOf(field)))).toEqual([])
    expect(data.addresses.map((address) => address.residentName)).toEqual(
      expect.arrayContaining(['Marieke Jansen', 'Piet van der Berg', 'Kees Bakker']),
    )
    expect(plantedHits(json).length).toBeGreaterThan(20)
  })
})
