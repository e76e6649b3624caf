import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiInput } from '../../shared/api'
import { type Language } from '../../shared/model'
import {
  type FieldPath,
  identifierProbes,
  markerOf,
  markersIn,
  plantedHits,
  plantedStore,
  type Probe,
  signalOnlyFields,
} from '../support/planted-identifiers'
import { officeFileTexts } from '../support/read-zip'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

type Request = ApiInput<'report.generate'>

interface Output {
  name: string
  request?: Request
  text: string
}

let t: TestRuntime
const outputs: Output[] = []
const withNames: Output[] = []
/** The app's own lists of residents, connections and signals: they may name residents, never a signal's note. */
const inApp: Output[] = []
const languages: Language[] = ['nl', 'en']

/** The text of an Office file: every part, embedded chart workbooks included. */
function textOf(base64: string): string {
  return [...officeFileTexts(new Uint8Array(Buffer.from(base64, 'base64'))).values()].join('\n')
}

/** Every report the coach can make about the planted programme, one per subject, in one language. */
async function allRequests(programmeId: string, language: Language): Promise<Array<[string, Request]>> {
  const requests: Array<[string, Request]> = [
    ['gemeente', { programmeId, kind: 'gemeente', language }],
    ['verantwoording', { programmeId, kind: 'verantwoording', language }],
  ]
  for (const { partner } of await t.call('partner.list', { programmeId }))
    requests.push([
      `partner ${partner.name}`,
      { programmeId, kind: 'partner', partnerId: partner.id, language },
    ])
  for (const { idea } of await t.call('idea.list', { programmeId }))
    requests.push([`idee ${idea.id}`, { programmeId, kind: 'idee', ideaId: idea.id, language }])
  for (const { session } of await t.call('session.list', { programmeId })) {
    requests.push([`sessie ${session.id}`, { programmeId, kind: 'sessie', sessionId: session.id, language }])
    if (session.streetIds.length > 0)
      requests.push([
        `looplijst sessie ${session.id}`,
        { programmeId, kind: 'looplijst', sessionId: session.id, language },
      ])
  }
  for (const { street } of await t.call('street.list', { programmeId }))
    requests.push([
      `looplijst ${street.name}`,
      { programmeId, kind: 'looplijst', streetId: street.id, language },
    ])
  return requests.map(([name, request]) => [`${name} (${language})`, request])
}

beforeAll(async () => {
  t = await startTestRuntime({ data: plantedStore() })
  const programmeId = (await t.call('programme.list'))[0]?.id ?? ''
  for (const language of languages) {
    for (const [name, request] of await allRequests(programmeId, language)) {
      const report = await t.call('report.generate', request)
      outputs.push({ name, request, text: textOf(report.base64) })
      const preview = await t.call('report.preview', request)
      outputs.push({ name: `voorbeeld ${name}`, request, text: JSON.stringify(preview) })
    }
  }
  for (const format of ['xlsx', 'csv'] as const) {
    const file = await t.call('idea.export', { programmeId, format })
    outputs.push({
      name: `ideeënlijst ${format}`,
      text: format === 'xlsx' ? textOf(file.base64) : Buffer.from(file.base64, 'base64').toString('utf8'),
    })
  }
  const residentsFigures = await t.call('stats.residents', { programmeId })
  outputs.push({ name: 'cijfers bewoners aan zet', text: JSON.stringify(residentsFigures) })
  for (const method of ['signal.list', 'resident.list', 'connection.list'] as const)
    inApp.push({ name: method, text: JSON.stringify(await t.call(method, { programmeId })) })
  const names = (await allRequests(programmeId, 'nl')).filter(
    ([name]) => /^(gemeente|verantwoording|idee|looplijst)/.test(name) || name.startsWith('partner Gemeente'),
  )
  for (const [name, request] of names) {
    const report = await t.call('report.generate', { ...request, includeNames: true })
    withNames.push({ name, request, text: textOf(report.base64) })
  }
}, 600_000)

afterAll(async () => {
  await t?.dispose()
})

/** Fields whose text some report or export shows; their markers prove the planted text got there. */
const shownFields: readonly FieldPath[] = [
  'programmes[].description',
  'sessions[].title',
  'sessions[].location',
  'sessions[].goal',
  'sessions[].report.notes',
  'ideas[].title',
  'ideas[].description',
  'ideas[].initiators[].pseudonym',
  'ideas[].history[].note',
  'ideas[].history[].reason',
  'ideas[].owners[].ask',
  'ideas[].feedback[].note',
  'actions[].title',
]

describe('identifiers planted in every free-text field, in every report and export made with default options', () => {
  it('made every kind of output', () => {
    const kinds = new Set(outputs.flatMap((output) => (output.request ? [output.request.kind] : [])))
    expect([...kinds].sort()).toEqual([
      'gemeente',
      'idee',
      'looplijst',
      'partner',
      'sessie',
      'verantwoording',
    ])
    expect(outputs.length).toBeGreaterThan(100)
  })

  it('finds none of them, in any spelling, in any part of any file', () => {
    const hits = outputs.flatMap((output) => plantedHits(output.text).map((hit) => `${output.name}: ${hit}`))
    expect(hits).toEqual([])
  })

  it('shows the planted texts themselves, with placeholders where the identifiers were', () => {
    const seen = new Set(outputs.flatMap((output) => markersIn(output.text)))
    expect(shownFields.filter((field) => !seen.has(field))).toEqual([])
    const dutch = outputs
      .filter((output) => output.request?.language === 'nl')
      .map((o) => o.text)
      .join('\n')
    const english = outputs
      .filter((output) => output.request?.language === 'en')
      .map((o) => o.text)
      .join('\n')
    for (const placeholder of [
      '[naam]',
      '[adres]',
      '[telefoonnummer]',
      '[e-mailadres]',
      '[postcode]',
      '[rekeningnummer]',
    ])
      expect(dutch).toContain(placeholder)
    for (const placeholder of ['[name]', '[address]', '[phone number]', '[e-mail address]', '[postcode]'])
      expect(english).toContain(placeholder)
    expect(english).not.toContain('[telefoonnummer]')
  })

  it('puts the ideas’ own words in the idea export, without the identifiers', () => {
    for (const format of ['xlsx', 'csv']) {
      const text = outputs.find((output) => output.name === `ideeënlijst ${format}`)?.text ?? ''
      expect(text).toContain(markerOf('ideas[].description'))
      expect(text).toContain(markerOf('ideas[].title'))
    }
  })
})

describe('signals stay inside the signal itself', () => {
  const signalMarkers = signalOnlyFields.map((field) => markerOf(field))

  it('never puts a signal’s note or the partner’s contact person in any report, preview, export or list, with or without names', () => {
    const all = [...outputs, ...withNames, ...inApp]
    const hits = all.flatMap((output) =>
      signalMarkers
        .filter((marker) => output.text.includes(marker))
        .map((marker) => `${output.name}: ${marker}`),
    )
    expect(hits).toEqual([])
    expect(inApp.map((output) => output.name)).toEqual(['signal.list', 'resident.list', 'connection.list'])
  })

  it('shows signals in the reports as counts only: the gemeente report has the section, without street names below 5', () => {
    const gemeente = outputs.find((output) => output.name === 'gemeente (nl)')?.text ?? ''
    expect(gemeente).toContain('Persoonlijke signalen')
    expect(gemeente).toContain('Warme overdrachten per soort partner')
    expect(gemeente).toContain('Overige straten (samen)')
    expect(gemeente).not.toContain(markerOf('connections[].description'))
    expect(gemeente).not.toContain(markerOf('residents[].pseudonym'))
  })

  it('puts a signal’s note in the access request of its own address, and nowhere else', async () => {
    const programmeId = (await t.call('programme.list'))[0]?.id ?? ''
    const signals = await t.call('signal.list', { programmeId })
    const withAddress = signals.find((item) => item.signal.addressId !== undefined && item.signal.hasNote)
    const addressId = withAddress?.signal.addressId ?? ''
    const json = await t.call('privacy.exportAddress', { addressId, format: 'json' })
    expect(Buffer.from(json.base64, 'base64').toString('utf8')).toContain(markerOf('signals[].note'))
    const word = await t.call('privacy.exportAddress', { addressId, format: 'docx' })
    expect(textOf(word.base64)).toContain(markerOf('signals[].note'))
    const streetId = withAddress?.signal.streetId ?? ''
    const others = (await t.call('address.list', { streetId })).filter(
      (item) => !signals.some((signal) => signal.signal.addressId === item.address.id),
    )
    const other = await t.call('privacy.exportAddress', {
      addressId: others[0]?.address.id ?? '',
      format: 'json',
    })
    expect(Buffer.from(other.base64, 'base64').toString('utf8')).not.toContain(markerOf('signals[].note'))
  })
})

describe('with names asked for, only what the coach asked for appears', () => {
  const isName = (probe: Probe) => probe.kind === 'name'
  /** A walk list with names also shows the phone number (with consent) and the household note, as typed. */
  const allowedOnWalkList = (probe: Probe) =>
    isName(probe) ||
    probe.field === 'addresses[].householdNote' ||
    (probe.field === undefined && probe.kind !== 'marker')

  it('shows residents’ names, and still no phone number, e-mail address, postcode or address from free text', () => {
    expect(withNames.length).toBeGreaterThan(10)
    const probes = identifierProbes()
    const unexpected = withNames.flatMap((output) => {
      const allowed = output.request?.kind === 'looplijst' ? allowedOnWalkList : isName
      return probes
        .filter((probe) => !allowed(probe) && probe.test(output.text))
        .map((probe) => `${output.name}: ${probe.label}`)
    })
    expect(unexpected).toEqual([])
    const gemeente = withNames.find((output) => output.name.startsWith('gemeente'))?.text ?? ''
    expect(gemeente).toContain('José Özdemir')
    expect(gemeente).toContain('Piet van der Berg')
  })

  it('shows the resident’s phone number and household note on a walk list with names', () => {
    const walkLists = withNames.filter((output) => output.request?.kind === 'looplijst').map((o) => o.text)
    expect(walkLists.join('\n')).toContain('06-2468 1357')
    expect(walkLists.join('\n')).toContain(markerOf('addresses[].householdNote'))
  })
})
