import { type z } from 'zod'

/** What the walker needs of a zod schema's definition (zod 4 keeps it in `_zod.def`). */
interface SchemaDef {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  options?: readonly z.ZodType[]
  left?: z.ZodType
  right?: z.ZodType
  valueType?: z.ZodType
  items?: readonly z.ZodType[]
  getter?: () => z.ZodType
}

function def(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def
}

/** The schemas a wrapper (optional, default, pipe, union, …) stands for. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  const d = def(schema)
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return d.innerType ? unwrap(d.innerType) : []
    case 'pipe':
      return [...(d.in ? unwrap(d.in) : []), ...(d.out ? unwrap(d.out) : [])]
    case 'union':
      return (d.options ?? []).flatMap(unwrap)
    case 'intersection':
      return [...(d.left ? unwrap(d.left) : []), ...(d.right ? unwrap(d.right) : [])]
    case 'lazy':
      return d.getter ? unwrap(d.getter()) : []
    default:
      return [schema]
  }
}

/**
 * Every field path of a schema, dotted, without array positions: `name`, `period.start`,
 * `themes.label`, `streetIds` (a list counts as its own field). Used to make sure every field of
 * every method has a label.
 */
export function fieldPaths(schema: z.ZodType): string[] {
  const paths = new Set<string>()
  const visit = (node: z.ZodType, prefix: string, depth: number): void => {
    if (depth > 8) return
    for (const inner of unwrap(node)) {
      const d = def(inner)
      if (d.type === 'object' && d.shape) {
        for (const [key, child] of Object.entries(d.shape)) {
          const path = prefix ? `${prefix}.${key}` : key
          paths.add(path)
          visit(child, path, depth + 1)
        }
      } else if (d.type === 'array' && d.element) {
        visit(d.element, prefix, depth + 1)
      } else if (d.type === 'record' && d.valueType) {
        visit(d.valueType, prefix, depth + 1)
      } else if (d.type === 'tuple') {
        for (const item of d.items ?? []) visit(item, prefix, depth + 1)
      }
    }
  }
  visit(schema, '', 0)
  return [...paths]
}

/** The schemas at a path of an input (array positions included, as in a zod issue). */
export function schemasAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let current = [schema]
  for (const part of path) {
    const next: z.ZodType[] = []
    for (const node of current.flatMap(unwrap)) {
      const d = def(node)
      if (typeof part === 'number' && d.type === 'array' && d.element) next.push(d.element)
      else if (typeof part === 'number' && d.type === 'tuple' && d.items?.[part]) next.push(d.items[part])
      else if (d.type === 'object' && d.shape && typeof part === 'string' && d.shape[part])
        next.push(d.shape[part])
      else if (d.type === 'record' && d.valueType) next.push(d.valueType)
    }
    current = next
  }
  return current.flatMap(unwrap)
}

/** The smallest and largest number a number schema at that place allows, where it says. */
export function numberBounds(schemas: readonly z.ZodType[]): { min?: number; max?: number } {
  for (const schema of schemas) {
    if (def(schema).type !== 'number') continue
    const { minValue, maxValue } = schema as unknown as { minValue: number | null; maxValue: number | null }
    const bounds: { min?: number; max?: number } = {}
    // Whole numbers without bounds of their own report the safe-integer range: no bound for a coach.
    if (minValue !== null && Number.isFinite(minValue) && minValue > Number.MIN_SAFE_INTEGER)
      bounds.min = minValue
    if (maxValue !== null && Number.isFinite(maxValue) && maxValue < Number.MAX_SAFE_INTEGER)
      bounds.max = maxValue
    return bounds
  }
  return {}
}

/** The longest text a string schema at that place allows, where it says. */
export function maxTextLength(schemas: readonly z.ZodType[]): number | undefined {
  for (const schema of schemas) {
    if (def(schema).type !== 'string') continue
    const { maxLength } = schema as unknown as { maxLength: number | null }
    if (maxLength !== null && Number.isFinite(maxLength)) return maxLength
  }
  return undefined
}
