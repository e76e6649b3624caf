import { describe, expect, it } from 'vitest'
import { type z } from 'zod'
import { apiContract, apiMethods, fieldLabel } from '../../../shared/api'

interface ZodDef {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  in?: z.ZodType
}

const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def

/** Every field path of an input schema, nested objects and list elements included. */
function fieldPaths(schema: z.ZodType, path: string[] = []): string[][] {
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, value]) => [
        [...path, key],
        ...fieldPaths(value, [...path, key]),
      ])
    case 'array':
      return def.element ? fieldPaths(def.element, path) : []
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? fieldPaths(def.innerType, path) : []
    case 'pipe':
      return def.in ? fieldPaths(def.in, path) : []
    default:
      return []
  }
}

const residentsMethods = apiMethods.filter(
  (method) =>
    /^(resident|connection|signal)\./.test(method) ||
    [
      'stats.residents',
      'privacy.signalRetention',
      'privacy.applySignalRetention',
      'settings.update',
    ].includes(method),
)

/** The programme's goals, which gained optional goals for active residents and connections. */
const goalPaths = fieldPaths(apiContract['programme.update'].input).filter((path) => path[0] === 'goals')

describe('field labels of the "bewoners aan zet" methods', () => {
  it('covers the methods it is about', () => {
    expect(residentsMethods.length).toBeGreaterThanOrEqual(22)
  })

  it('gives every input field a Dutch label, so an error names it in the coach’s words', () => {
    const missing = residentsMethods.flatMap((method) =>
      fieldPaths(apiContract[method].input)
        .filter((path) => fieldLabel(path) === path.join('.'))
        .map((path) => `${method}: ${path.join('.')}`),
    )
    expect(goalPaths.map((path) => path.join('.'))).toContain('goals.activeResidents')
    for (const path of goalPaths)
      if (fieldLabel(path) === path.join('.')) missing.push(`programme.update: ${path.join('.')}`)
    expect(missing).toEqual([])
  })
})
