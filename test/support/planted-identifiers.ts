import { type z } from 'zod'
import { generateDemo } from '../../shared/demo'
import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from '../../shared/model'

/**
 * Proof by planting: the demo programme with identifiers of residents typed into every free-text
 * field of the store, so a test can make every output and look for them. Each free-text field gets
 * its own phone number, e-mail address and house number (so a hit names the field) and a harmless
 * marker ("VELD07X") that shows the field's text did reach the output.
 */

/** A string field of the store as a path: `ideas[].history[].note`. */
export type FieldPath = string

/** Every field where the coach types free text: each is planted with identifiers. */
export const freeTextFields = [
  'programmes[].description',
  'partners[].notes',
  'streets[].notes',
  'addresses[].householdNote',
  'contacts[].note',
  'sessions[].title',
  'sessions[].location',
  'sessions[].goal',
  'sessions[].report.notes',
  'ideas[].title',
  'ideas[].description',
  'ideas[].initiators[].pseudonym',
  'ideas[].history[].by',
  'ideas[].history[].note',
  'ideas[].history[].reason',
  'ideas[].owners[].ask',
  'ideas[].owners[].answer',
  'ideas[].feedback[].note',
  'ideas[].whatChanged',
  'actions[].title',
  'actions[].notes',
  'residents[].pseudonym',
  'connections[].description',
  'signals[].note',
  'signals[].handover.contactPerson',
] as const satisfies readonly FieldPath[]

/**
 * Free-text fields that no output may ever show, not even their marker: a signal's note and the partner's
 * contact person stay inside the signal itself (and the resident's own access request).
 */
export const signalOnlyFields = [
  'signals[].note',
  'signals[].handover.contactPerson',
] as const satisfies readonly FieldPath[]

/** Fields that say who a resident is or how to reach them: planted with registered names and a number. */
export const residentFields = [
  'addresses[].residentName',
  'addresses[].phone',
  'ideas[].initiators[].name',
  'residents[].name',
] as const satisfies readonly FieldPath[]

/** The other string fields, with why nothing is planted there. */
export const notPlantedFields: Readonly<Record<FieldPath, string>> = {
  'programmes[].name': 'label the coach gives the programme; shown as typed',
  'programmes[].gemeente': 'label: the gemeente',
  'programmes[].themes[].label': 'label of a theme',
  'programmes[].themes[].code': 'code of a theme',
  'programmes[].period.start': 'date',
  'programmes[].period.end': 'date',
  'teamMembers[].name': 'professional: the coach’s own team, shown by name',
  'teamMembers[].role': 'professional: a team role',
  'teamMembers[].email': 'professional contact of the team',
  'teamMembers[].phone': 'professional contact of the team',
  'partners[].name': 'label: a partner organisation',
  'partners[].contacts[].name': 'professional: a partner’s contact person, shown in the partner report',
  'partners[].contacts[].role': 'professional: a partner’s contact person',
  'partners[].contacts[].email': 'professional: a partner’s contact person',
  'partners[].contacts[].phone': 'professional: a partner’s contact person',
  'areas[].name': 'label: a kern, wijk or buurt',
  'streets[].name': 'label: a street (the street level is allowed in reports)',
  'streets[].place': 'label: a town',
  'addresses[].addition': 'structured part of a house number ("a"), shown only on walk lists',
  'addresses[].postcode': 'structured postcode, shown only on walk lists (checked to be valid)',
  'contacts[].date': 'date',
  'sessions[].date': 'date',
  'sessions[].startTime': 'time',
  'sessions[].endTime': 'time',
  'ideas[].themes[]': 'code of a theme',
  'ideas[].collectedOn': 'date',
  'ideas[].owners[].since': 'date',
  'ideas[].owners[].answeredAt': 'date',
  'ideas[].feedback[].date': 'date',
  'ideas[].history[].date': 'date',
  'actions[].doneOn': 'date',
  'actions[].due': 'date',
  'reportHistory[].subject': 'written by the app from a report’s subject; shown only in the app',
  'reportHistory[].fileName': 'written by the app; shown only in the app',
  'auditLog[].subject': 'written by the app, never with personal data',
  'settings.organisationName': 'label: the coach’s organisation',
  'settings.authorName': 'label: the coach',
  'settings.accentColour': 'colour code',
  'settings.logoBase64': 'image',
  'residents[].roles[].start': 'date',
  'residents[].roles[].end': 'date',
  'connections[].date': 'date',
  'connections[].checks[].on': 'date',
  'signals[].date': 'date',
  'signals[].consentOn': 'date',
  'signals[].handover.date': 'date',
  'signals[].history[].on': 'date',
}

interface ZodDef {
  type: string
  format?: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  in?: z.ZodType
}

const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def

/**
 * Every plain string field of a zod schema as a path (ids, timestamps and other strings with a
 * format of their own left out): a field added to the model shows up here, so the planting list
 * cannot silently miss it.
 */
export function stringFieldsOf(schema: z.ZodType, path = ''): FieldPath[] {
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, value]) =>
        stringFieldsOf(value, path === '' ? key : `${path}.${key}`),
      )
    case 'array':
      return def.element ? stringFieldsOf(def.element, `${path}[]`) : []
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? stringFieldsOf(def.innerType, path) : []
    case 'pipe':
      return def.in ? stringFieldsOf(def.in, path) : []
    case 'string':
      return def.format === undefined ? [path] : []
    default:
      return []
  }
}

/** Every plain string field of the store. */
export function storeStringFields(): FieldPath[] {
  return stringFieldsOf(storeDataSchema)
}

/** Registered residents: on addresses (resident names), as initiators of ideas and as active residents. */
export const plantedResidents = {
  onAddresses: ['Marieke Jansen', 'Piet van der Berg', 'Kees Bakker'],
  asInitiators: ['José Özdemir', 'Anna de Vries'],
  asActiveResidents: ['Anna de Vries', 'Kees Bakker', 'José Özdemir'],
} as const

/** A resident's phone number on an address (with consent): only a walk list with names shows it. */
export const plantedAddressPhone = '06-2468 1357'

/** The planted fields in a fixed order; a field's number is its index here. */
export const plantedFields: readonly FieldPath[] = freeTextFields

const two = (i: number): string => String(i).padStart(2, '0')

/** What an output must not show, one kind of identifier each, with the field it came from. */
export interface Probe {
  /** What it is, for the failure message: "telefoon van ideas[].description". */
  label: string
  /** Planted in this field; `undefined` for what every field holds. */
  field?: FieldPath
  kind: 'name' | 'phone' | 'email' | 'postcode' | 'address' | 'iban' | 'marker'
  /** Finds the identifier in any spelling in a text. */
  test(text: string): boolean
}

/** The marker of a field: harmless, and it proves the field's text reached the output. */
export function markerOf(field: FieldPath): string {
  return `VELD${two(plantedFields.indexOf(field))}X`
}

/** Fields whose text is too short for the whole story (titles, a place, a pseudonym). */
const shortFields: ReadonlySet<FieldPath> = new Set([
  'sessions[].title',
  'sessions[].location',
  'ideas[].title',
  'ideas[].initiators[].pseudonym',
  'ideas[].history[].by',
  'actions[].title',
  'residents[].pseudonym',
  'signals[].handover.contactPerson',
])

/**
 * The text planted in a field: the example a privacy officer would try, with the field's own phone
 * number (06 12 34 <nn> 78 and +31 (0)6 1357 24<nn>), e-mail address, house number, a postcode, an
 * IBAN and the registered residents in several spellings (surname alone, in capitals without
 * accents, with "familie", with a tussenvoegsel).
 */
export function plantedText(field: FieldPath): string {
  const i = plantedFields.indexOf(field)
  const n = two(i)
  if (shortFields.has(field))
    return `${markerOf(field)} Jansen, Dorpsstraat 14, 06-1234${n}78, m${n}@voorbeeld-mail.nl, 8099zx`
  return (
    `${markerOf(field)} mevrouw Jansen (Dorpsstraat 14) belt graag terug: 06 12 34 56 78. ` +
    `Nieuw nummer 06 12 34 ${n} 78, of +31 (0)6 1357 24${n}; mail m.jansen.${n}@voorbeeld-mail.nl. ` +
    `Ze woont op Korenschoofstraat ${10 + i}b, 8099 ZX ${20 + i}. Buurman Piet van der Berg en JOSE OZDEMIR ` +
    `komen mee, net als de familie Bakker en marieke; A. de Vries doet de boodschappen. NL91 ABNA 0417 1643 00.`
  )
}

/** Digits of every run of digits and separators in a text, so "06 12 34 56 78" and "0612345678" read alike. */
function numberRuns(text: string): string[] {
  return [...text.matchAll(/\+?[\d(][\d\s().\-/]{5,40}\d/g)].map((match) => match[0].replace(/\D/g, ''))
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const wordIn = (text: string, word: string, flags = 'iu'): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, flags).test(text)

/** Identifiers that must not appear in an output by default. */
export function identifierProbes(): Probe[] {
  const probes: Probe[] = []
  const name = (label: string, word: string, capitalOnly = false): Probe => ({
    label: `naam ${label}`,
    kind: 'name',
    test: (text) => (capitalOnly ? wordIn(text, word, 'u') : wordIn(fold(text), fold(word))),
  })
  probes.push(
    name('Jansen', 'Jansen'),
    name('Marieke', 'Marieke'),
    name('van der Berg', 'van der berg'),
    name('Berg', 'Berg', true),
    name('Piet', 'Piet'),
    name('Kees', 'Kees'),
    name('Bakker', 'Bakker'),
    name('Özdemir', 'Ozdemir'),
    name('José', 'Jose'),
    name('Anna', 'Anna'),
    name('de Vries', 'de vries'),
    name('Vries', 'Vries', true),
    {
      label: 'telefoon 06 12 34 56 78',
      kind: 'phone',
      test: (text) => numberRuns(text).some((digits) => digits.includes('612345678')),
    },
    {
      label: 'telefoon van het adres',
      kind: 'phone',
      test: (text) => numberRuns(text).some((digits) => digits.includes('624681357')),
    },
    { label: 'adres Dorpsstraat 14', kind: 'address', test: (text) => /dorpsstraat[ ,.]{0,3}14/i.test(text) },
    { label: 'postcode 8099 ZX', kind: 'postcode', test: (text) => /8099[\s\u00a0]?zx/i.test(text) },
    { label: 'IBAN', kind: 'iban', test: (text) => /abna/i.test(text) || /0417\s?1643/.test(text) },
    { label: 'e-maildomein', kind: 'email', test: (text) => /voorbeeld-mail/i.test(text) },
  )
  for (const field of plantedFields) {
    const i = plantedFields.indexOf(field)
    const n = two(i)
    probes.push(
      {
        label: `telefoon van ${field}`,
        field,
        kind: 'phone',
        test: (text) => numberRuns(text).some((d) => d.includes(`61234${n}78`) || d.includes(`6135724${n}`)),
      },
      {
        label: `e-mail van ${field}`,
        field,
        kind: 'email',
        test: (text) => new RegExp(`m\\.?jansen\\.?${n}|(?<![\\p{L}\\p{N}])m${n}@`, 'iu').test(text),
      },
      {
        label: `adres van ${field}`,
        field,
        kind: 'address',
        test: (text) =>
          new RegExp(`korenschoofstraat[ ,.]{0,3}${10 + i}[ ]?b|8099[ ]?zx[ ,]{0,3}${20 + i}`, 'i').test(
            text,
          ),
      },
    )
  }
  return probes
}

/** The markers that appear in a text: which planted fields reached it. */
export function markersIn(text: string): FieldPath[] {
  return plantedFields.filter((field) => text.includes(markerOf(field)))
}

/** The probes a text trips, as labels. */
export function plantedHits(text: string, probes: readonly Probe[] = identifierProbes()): string[] {
  return probes.filter((probe) => probe.test(text)).map((probe) => probe.label)
}

/** Sets `path` (e.g. `ideas[].history[].note`) on every element of the data, in place. */
function setEverywhere(target: unknown, path: readonly string[], plant: (value: string) => string): void {
  const [head, ...rest] = path
  if (head === undefined || target === null || typeof target !== 'object') return
  const isList = head.endsWith('[]')
  const key = isList ? head.slice(0, -2) : head
  const record = target as Record<string, unknown>
  if (rest.length === 0) {
    record[key] = plant(typeof record[key] === 'string' ? record[key] : '')
    return
  }
  const value = record[key]
  if (isList && Array.isArray(value)) for (const item of value) setEverywhere(item, rest, plant)
  else if (!isList) setEverywhere(value, rest, plant)
}

/**
 * The demo store with identifiers planted in every free-text field of every entity (every idea, its
 * whole history, every session, address, contact, action, active resident, connection and signal with
 * consent), registered residents on the first addresses, as the ideas' initiators and as named active
 * residents, and one address phone number with consent. Validated
 * against the store schema, so it is what the app itself would hold.
 */
export function plantedStore(today = '2026-11-28'): StoreData {
  const demo = generateDemo({ today, now: `${today}T09:00:00.000Z` })
  const { programme, ...rest } = demo
  const data = storeDataSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    programmes: [programme],
    ...rest,
    reportHistory: [],
    auditLog: [],
    settings: {
      activeProgrammeId: programme.id,
      organisationName: 'Stichting Voor Mekaar',
      authorName: 'Ilse Dijkhuis',
    },
  })
  for (const session of data.sessions) session.report ??= { attendees: 3, attendingPartnerIds: [], notes: '' }
  for (const idea of data.ideas) for (const entry of idea.history) entry.reason ??= ''
  const signalOnly: ReadonlySet<FieldPath> = new Set(signalOnlyFields)
  for (const field of freeTextFields)
    if (!signalOnly.has(field)) setEverywhere(data, field.split('.'), () => plantedText(field))
  plantedResidents.onAddresses.forEach((name, i) => {
    const address = data.addresses[i]
    if (address) address.residentName = name
  })
  const first = data.addresses[0]
  if (first) Object.assign(first, { phone: plantedAddressPhone, consentToContact: true })
  data.residents.forEach((resident, i) => {
    const name = plantedResidents.asActiveResidents[i % plantedResidents.asActiveResidents.length] ?? ''
    Object.assign(resident, { name, consentToBeNamed: true })
  })
  // Every signal with consent gets a note and a handover contact person, so both are planted everywhere.
  for (const signal of data.signals) {
    if (signal.consent === 'geen') continue
    signal.note = plantedText('signals[].note')
    if (signal.handover) signal.handover.contactPerson = plantedText('signals[].handover.contactPerson')
  }
  data.ideas.forEach((idea, i) => {
    const initiator = idea.initiators[0]
    if (initiator)
      initiator.name = plantedResidents.asInitiators[i % plantedResidents.asInitiators.length] ?? ''
  })
  return storeDataSchema.parse(data)
}
