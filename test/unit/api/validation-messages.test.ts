import { type z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  apiContract,
  apiMethods,
  describeIssue,
  fieldLabels,
  labelOf,
  type ApiMethod,
} from '../../../shared/api'
import { fieldPaths, maxTextLength, schemasAt } from '../../../shared/api/contract-fields'
import { type Language } from '../../../shared/model'
import { startTestRuntime, type TestRuntime } from '../../support/test-runtime'

/** What a zod schema at some place is, for making wrong values for it. */
interface Shape {
  type: string
  bag: { maximum?: number; minimum?: number; pattern?: RegExp; format?: string }
  values?: unknown[]
}

function shapeOf(schema: z.ZodType): Shape {
  const zod = (
    schema as unknown as {
      _zod: { def: { type: string; entries?: Record<string, unknown> }; bag: Shape['bag'] }
    }
  )._zod
  return {
    type: zod.def.type,
    bag: zod.bag,
    ...(zod.def.entries ? { values: Object.values(zod.def.entries) } : {}),
  }
}

/** Wrong values for a field, each with the kind of problem it is meant to show. */
function wrongValues(schemas: readonly z.ZodType[]): Array<{ kind: string; value: unknown }> {
  const out: Array<{ kind: string; value: unknown }> = [{ kind: 'null', value: null }]
  for (const schema of schemas) {
    const { type } = shapeOf(schema)
    switch (type) {
      case 'string':
        out.push({ kind: 'wrong type', value: 12 }, { kind: 'wrong type', value: true })
        {
          const max = maxTextLength([schema])
          if (max !== undefined && max < 100_000) out.push({ kind: 'too long', value: 'x'.repeat(max + 1) })
        }
        out.push({ kind: 'bad form', value: '31-02-2026' }, { kind: 'bad date', value: '2026-02-31' })
        out.push({ kind: 'bad form', value: '25:61' }, { kind: 'bad form', value: 'geen-id' })
        out.push({ kind: 'empty', value: '' })
        break
      case 'number':
        out.push({ kind: 'wrong type', value: '12' }, { kind: 'not whole', value: 3.5 })
        out.push({ kind: 'out of range', value: -1 }, { kind: 'out of range', value: 1e12 })
        break
      case 'boolean':
        out.push({ kind: 'wrong type', value: 'ja' }, { kind: 'wrong type', value: 1 })
        break
      case 'enum':
      case 'literal':
        out.push({ kind: 'unknown value', value: 'onbekende-keuze' }, { kind: 'wrong type', value: 7 })
        break
      case 'array':
        out.push(
          { kind: 'wrong type', value: 'een lijst?' },
          { kind: 'too many', value: new Array(200_001).fill('x') },
        )
        break
      case 'object':
        out.push(
          { kind: 'wrong type', value: 'tekst' },
          { kind: 'unknown field', value: { onbekendVeld: 1 } },
        )
        break
      default:
        out.push({ kind: 'wrong type', value: Symbol.for('x').toString() })
    }
  }
  return out
}

/** An input with `value` at a dotted field path, inside lists where the schema has them. */
function inputWith(schema: z.ZodType, dotted: string, value: unknown): unknown {
  const names = dotted.split('.')
  const build = (prefix: PropertyKey[], rest: string[]): unknown => {
    const [name, ...more] = rest
    if (name === undefined) return value
    const at = [...prefix, name]
    const isList = schemasAt(schema, at).some((s) => shapeOf(s).type === 'array')
    const inner = isList && more.length > 0 ? [build([...at, 0], more)] : build(at, more)
    return { [name]: inner }
  }
  return build([], names)
}

/** Words and forms that must never reach a coach. */
const rawPath = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z]+\.\d+\b|\bbase64\b|\bemail\b/
const zodWording =
  /\b(Invalid|Unrecognized|expected|received|Too (big|small)|verwacht|ontving|Ongeldige invoer|Te (lang|groot|klein):)|<=|>=|\.\.|\. \./
const saysMissing = /ontbreekt|is verplicht|is missing/

const someId = '00000000-0000-4000-8000-000000000000'
const otherId = '00000000-0000-4000-8000-000000000001'

/** Inputs that are right field by field but break a rule between fields. */
const ruleBreakers: Array<{ method: ApiMethod; input: unknown }> = [
  {
    method: 'programme.create',
    input: { name: 'P', gemeente: 'G', period: { start: '2026-05-01', end: '2026-04-01' } },
  },
  {
    method: 'session.create',
    input: {
      programmeId: someId,
      type: 'straatgesprek',
      title: 'T',
      date: '2026-05-01',
      startTime: '20:00',
      endTime: '19:00',
    },
  },
  { method: 'address.addRange', input: { streetId: someId, from: 1, to: 5000 } },
  { method: 'contact.record', input: { addressId: someId, outcome: 'gesprek', phone: '0612345678' } },
  { method: 'idea.merge', input: { ideaId: someId, intoIdeaId: someId } },
  { method: 'report.generate', input: { programmeId: someId, kind: 'partner' } },
  { method: 'report.generate', input: { programmeId: someId, kind: 'idee' } },
  { method: 'report.generate', input: { programmeId: someId, kind: 'sessie' } },
  { method: 'report.generate', input: { programmeId: someId, kind: 'looplijst' } },
  {
    method: 'report.preview',
    input: { programmeId: someId, kind: 'gemeente', from: '2026-05-01', to: '2026-04-01' },
  },
  { method: 'privacy.erase', input: { programmeId: someId } },
  { method: 'idea.merge', input: { ideaId: someId, intoIdeaId: otherId, onbekendVeld: true } },
]

/** Every wrong input for every method, with the issues zod finds in it. */
function allProblems(): Array<{ method: ApiMethod; kind: string; issue: z.core.$ZodIssue; input: unknown }> {
  const found: Array<{ method: ApiMethod; kind: string; issue: z.core.$ZodIssue; input: unknown }> = []
  for (const method of apiMethods) {
    const schema = apiContract[method].input as z.ZodType
    const inputs: Array<{ kind: string; input: unknown }> = [
      { kind: 'missing', input: {} },
      { kind: 'not an object', input: 'tekst' },
      { kind: 'unknown field', input: { onbekendVeld: 1 } },
    ]
    for (const path of fieldPaths(schema)) {
      const schemas = schemasAt(
        schema,
        path.split('.').flatMap((name) => [name]),
      )
      for (const { kind, value } of wrongValues(schemas))
        inputs.push({ kind, input: inputWith(schema, path, value) })
    }
    for (const breaker of ruleBreakers)
      if (breaker.method === method) inputs.push({ kind: 'rule', input: breaker.input })
    for (const { kind, input } of inputs) {
      const result = schema.safeParse(input, { reportInput: true })
      if (!result.success) for (const issue of result.error.issues) found.push({ method, kind, issue, input })
    }
  }
  return found
}

const problems = allProblems()

describe('field labels', () => {
  it('has a Dutch and an English label for every field of every method', () => {
    const missing: string[] = []
    for (const method of apiMethods) {
      for (const path of fieldPaths(apiContract[method].input as z.ZodType)) {
        const label = labelOf(path.split('.'), method)
        if (!label?.nl || !label.en) missing.push(`${method}: ${path}`)
      }
    }
    expect(missing).toEqual([])
    for (const label of Object.values(fieldLabels)) expect(label.nl && label.en).toBeTruthy()
  })
})

describe('validation messages for every kind of wrong input to every method', () => {
  it('covers a few thousand problems, of every kind', () => {
    expect(problems.length).toBeGreaterThan(2000)
    const codes = new Set(problems.map((p) => p.issue.code))
    for (const code of [
      'invalid_type',
      'too_big',
      'too_small',
      'invalid_format',
      'invalid_value',
      'unrecognized_keys',
      'custom',
    ])
      expect(codes).toContain(code)
  })

  for (const language of ['nl', 'en'] as const) {
    it(`words each problem as a plain sentence in ${language === 'nl' ? 'Dutch' : 'English'}`, () => {
      const bad: string[] = []
      for (const { method, kind, issue } of problems) {
        const message = describeIssue(issue, {
          language,
          method,
          schema: apiContract[method].input as z.ZodType,
        })
        const label = labelOf(
          issue.path.filter((p): p is string => typeof p === 'string'),
          method,
        )
        // A field the caller made up is quoted back as it was sent; that is no path of ours.
        const problem = rawPath.test(message.replace(/"[^"]*"/g, '""'))
          ? 'raw field path'
          : zodWording.test(message)
            ? 'zod wording'
            : issue.input !== undefined && saysMissing.test(message)
              ? 'says missing for a value that was given'
              : !/^[A-Z"ÉÖ]/.test(message) || !/[.]$/.test(message)
                ? 'not a sentence'
                : label && !message.includes(label[language])
                  ? 'does not name the field'
                  : undefined
        if (problem) bad.push(`${method} (${kind}): ${problem}: ${message}`)
      }
      expect(bad.slice(0, 20)).toEqual([])
    })
  }

  it('tells a wrong type apart from a missing value', () => {
    const schema = apiContract['address.create'].input
    const result = schema.safeParse(
      { streetId: '00000000-0000-4000-8000-000000000000', houseNumber: '12' },
      { reportInput: true },
    )
    expect(result.success).toBe(false)
    const [issue] = result.error?.issues ?? []
    const context = { method: 'address.create', schema }
    expect(describeIssue(issue!, { ...context, language: 'nl' })).toBe(
      'Huisnummer moet een getal zijn, maar er is tekst ("12") gegeven.',
    )
    expect(describeIssue(issue!, { ...context, language: 'en' })).toBe(
      'House number must be a number, but text ("12") was given.',
    )
    const missing = schema.safeParse(
      { streetId: '00000000-0000-4000-8000-000000000000' },
      { reportInput: true },
    )
    expect(describeIssue(missing.error!.issues[0]!, context)).toBe('Huisnummer ontbreekt; vul het in.')
  })

  it('gives each kind its own sentence', () => {
    const kinds = new Map<string, Set<string>>()
    for (const { method, kind, issue } of problems) {
      const message = describeIssue(issue, {
        language: 'nl',
        method,
        schema: apiContract[method].input as z.ZodType,
      })
      const set = kinds.get(kind) ?? new Set<string>()
      set.add(message)
      kinds.set(kind, set)
    }
    const some = (kind: string, pattern: RegExp): boolean =>
      [...(kinds.get(kind) ?? [])].some((m) => pattern.test(m))
    expect(some('too long', /is te lang: hoogstens \d+ tekens, nu \d+\./)).toBe(true)
    expect(some('out of range', /moet tussen -?\d+ en \d+ liggen\./)).toBe(true)
    expect(some('bad date', /bestaat niet in de kalender\./)).toBe(true)
    expect(some('bad form', /is geen geldige datum; schrijf een datum als 2026-03-01\./)).toBe(true)
    expect(some('unknown value', /"onbekende-keuze" is geen bekende keuze\./)).toBe(true)
    expect(some('wrong type', /moet een getal zijn, maar er is tekst \("12"\) gegeven\./)).toBe(true)
    expect(some('missing', /ontbreekt; vul het in\./)).toBe(true)
    expect(some('unknown field', /bevat een veld dat de app hier niet kent: "onbekendVeld"\./)).toBe(true)
    const rules = [...(kinds.get('rule') ?? [])]
    expect(rules).toEqual(
      expect.arrayContaining([
        'Einddatum: deze datum ligt vóór de begindatum.',
        'Eindtijd moet na de begintijd liggen.',
        'Laatste huisnummer: een reeks mag hoogstens 2000 huisnummers beslaan.',
        'Telefoonnummer: bewaar een telefoonnummer alleen met toestemming van de bewoner.',
        'Samenvoegen met: een idee kan niet met zichzelf worden samengevoegd.',
        'Partner: kies de partner voor de partnerrapportage.',
        'Idee: kies het idee voor de ideeënkaart.',
        'Sessie: kies de sessie voor het sessieverslag.',
        'Straat: kies een straat of een sessie voor de looplijst.',
        'Tot en met: deze datum ligt vóór de begindatum.',
        'Adres: kies een adres of vul een naam in.',
      ]),
    )
  })
})

describe('the hosts answer in the language of the call', () => {
  let t: TestRuntime
  beforeAll(async () => {
    t = await startTestRuntime()
  })
  afterAll(() => t.dispose())

  it('answers every rejected input in the language asked for, through the one message layer', async () => {
    const seen = new Set<ApiMethod>()
    for (const { method, input } of problems) {
      if (seen.has(method)) continue
      seen.add(method)
      for (const language of ['nl', 'en'] as Language[]) {
        const answer = await t.runtime.dispatch(method, input, { language })
        expect(answer.ok).toBe(false)
        if (answer.ok) continue
        expect(answer.error.code).toBe('VALIDATION_FAILED')
        expect(answer.error.message).not.toMatch(rawPath)
        expect(answer.error.message).not.toMatch(zodWording)
      }
    }
    expect(seen.size).toBe(apiMethods.length)
    const english = await t.runtime.dispatch('programme.create', { name: '' }, { language: 'en' })
    expect(english).toMatchObject({
      ok: false,
      error: { message: 'Name is empty; please fill it in. (And 2 more problems.)' },
    })
    const dutch = await t.runtime.dispatch('programme.create', { name: '' })
    expect(dutch).toMatchObject({
      ok: false,
      error: { message: 'Naam is leeg; vul het in. (En nog 2 andere problemen.)' },
    })
    const notFound = await t.runtime.dispatch(
      'programme.get',
      { programmeId: '00000000-0000-4000-8000-000000000000' },
      { language: 'en' },
    )
    expect(notFound).toMatchObject({
      ok: false,
      error: { message: 'This programme does not exist (any more).' },
    })
  })
})
