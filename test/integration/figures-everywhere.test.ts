import i18next, { type TFunction } from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keyFigures, notHomeInRound, wholePercent } from '../../shared/domain/key-figures'
import { resources } from '../../shared/i18n'
import { type ContactOutcome } from '../../shared/model'
import { readZipText } from '../support/read-zip'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let tr: TFunction
const number = new Intl.NumberFormat('nl-NL')

beforeAll(async () => {
  t = await startTestRuntime()
  const i18n = i18next.createInstance()
  await i18n.init({ lng: 'nl', resources, interpolation: { escapeValue: false } })
  tr = i18n.t
})
afterAll(() => t.dispose())

/** The text of a generated Word report, with the XML between runs taken out. */
async function reportText(programmeId: string, kind: 'gemeente' | 'verantwoording'): Promise<string> {
  const file = await t.call('report.generate', { programmeId, kind, includeNames: false, language: 'nl' })
  const xml = readZipText(Buffer.from(file.base64, 'base64')).get('word/document.xml') ?? ''
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
}

/**
 * Computes the key figures once from `stats.programme`, then reads every surface that shows them: the
 * streets pages (street.list, street.get, stats.street), the dashboard tile and the figures slide (their
 * texts, made from the same figures), and the gemeente report and the eindverantwoording in Word.
 */
async function expectSameFiguresEverywhere(programmeId: string): Promise<void> {
  const figures = keyFigures(await t.call('stats.programme', { programmeId }))
  const percent = wholePercent(figures.reached.share)

  const streets = await t.call('street.list', { programmeId })
  const sum = (pick: (coverage: (typeof streets)[number]['coverage']) => number) =>
    streets.reduce((total, item) => total + pick(item.coverage), 0)
  expect(sum((c) => c.reached)).toBe(figures.reached.value)
  expect(sum((c) => c.addresses)).toBe(figures.reached.addresses)
  expect(sum((c) => c.notHomeOnly)).toBe(figures.notHome)
  for (const item of streets) {
    const street = await t.call('street.get', { streetId: item.street.id })
    const coverage = await t.call('stats.street', { streetId: item.street.id })
    expect(street.coverage.notHomeOnly).toBe(item.coverage.notHomeOnly)
    expect(coverage.notHomeOnly).toBe(item.coverage.notHomeOnly)
    expect(coverage.reached).toBe(item.coverage.reached)
  }

  const goalLine = `doel ${number.format(figures.reached.goal)} · ${percent}%`
  const dashboard =
    figures.reached.basis === 'goal'
      ? tr('dashboard.reachedOfGoal', {
          goal: number.format(figures.reached.goal),
          percent: String(percent),
          addresses: number.format(figures.reached.addresses),
        })
      : tr('dashboard.reachedDetail', { addresses: number.format(figures.reached.addresses), percent })
  const slide =
    figures.reached.basis === 'goal'
      ? tr('presentation.figures.goal', { goal: number.format(figures.reached.goal), percent })
      : tr('presentation.figures.reachedOf', { addresses: number.format(figures.reached.addresses), percent })

  const outline = await t.call('report.preview', { programmeId, kind: 'gemeente' })
  expect(outline.keyFigures.find((figure) => figure.label === 'Adressen bereikt')?.display).toBe(
    number.format(figures.reached.value),
  )
  const gemeente = await reportText(programmeId, 'gemeente')
  expect(gemeente).toContain(
    `Bij ${number.format(figures.notHome)} ${figures.notHome === 1 ? 'adres' : 'adressen'} was niemand thuis`,
  )
  if (figures.reached.basis === 'goal') {
    expect(dashboard.startsWith(goalLine)).toBe(true)
    expect(slide).toBe(goalLine)
    expect(gemeente).toContain(goalLine)
    expect(gemeente).toContain(`dat doel is nu voor ${percent}% gehaald`)
    const accountability = await reportText(programmeId, 'verantwoording')
    const difference = figures.reached.value - figures.reached.goal
    const signed =
      difference > 0
        ? `+${number.format(difference)}`
        : difference < 0
          ? `\u2212${number.format(-difference)}`
          : '0'
    // The goals table's row: goal, achieved, difference and share, cell after cell.
    expect(accountability).toContain(
      `Adressen bereikt${number.format(figures.reached.goal)}${number.format(figures.reached.value)}${signed}${percent}%`,
    )
  } else {
    expect(dashboard).toContain(`${percent}%`)
    expect(slide).toContain(`${percent}%`)
    expect(gemeente).not.toContain('dat doel is nu voor')
  }
  for (const [label, figure] of [
    ['Gesprekken', figures.conversations],
    ['Ideeën', figures.ideas],
    ['Ideeën gerealiseerd', figures.realised],
  ] as const) {
    expect(outline.keyFigures.find((item) => item.label === label)?.display).toBe(number.format(figure.value))
    if (figure.share === undefined) continue
    const line = `doel ${number.format(figure.goal)} · ${wholePercent(figure.share)}%`
    expect(
      tr('dashboard.ofGoal', { goal: number.format(figure.goal), percent: wholePercent(figure.share) }),
    ).toBe(line)
    expect(
      tr('presentation.figures.goal', {
        goal: number.format(figure.goal),
        percent: wholePercent(figure.share),
      }),
    ).toBe(line)
    expect(gemeente).toContain(line)
  }
}

describe('one set of figures on every screen and report', () => {
  it('shows the demo programme’s figures, against its goals, the same everywhere', async () => {
    const { programmeId } = await t.call('demo.load')
    await expectSameFiguresEverywhere(programmeId)
  })

  it('shows a hand-made programme’s figures the same everywhere, and a round counts "niet thuis" as the street does', async () => {
    const programme = await t.call('programme.create', {
      name: 'Samen in de Kerkstraat',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
      goals: { addresses: 40, conversations: 7, ideas: 0, ideasRealised: 0 },
    })
    const street = await t.call('street.create', { programmeId: programme.id, name: 'Kerkstraat' })
    await t.call('address.addRange', { streetId: street.id, from: 1, to: 13 })
    const addresses = await t.call('address.list', { streetId: street.id })
    const round: ContactOutcome[] = [
      'gesprek',
      'niet-thuis',
      'niet-thuis',
      'kaartje',
      'later-terug',
      'geen-interesse',
      'gesprek',
      'niet-benaderen',
      'niet-thuis',
    ]
    for (const [index, outcome] of round.entries()) {
      const address = addresses[index]
      if (!address) throw new Error('te weinig adressen')
      await t.call('contact.record', { addressId: address.address.id, outcome })
    }
    const figures = keyFigures(await t.call('stats.programme', { programmeId: programme.id }))
    expect(figures.reached).toMatchObject({ value: 2, addresses: 13, goal: 40, basis: 'goal', share: 2 / 40 })
    expect(figures.notHome).toBe(5)
    expect(notHomeInRound(round)).toBe(figures.notHome)
    await expectSameFiguresEverywhere(programme.id)

    // Without a goal the reach is measured against the addresses, on every surface alike.
    await t.call('programme.update', {
      programmeId: programme.id,
      goals: { addresses: 0, conversations: 7, ideas: 0, ideasRealised: 0 },
    })
    const withoutGoal = keyFigures(await t.call('stats.programme', { programmeId: programme.id }))
    expect(withoutGoal.reached).toMatchObject({ basis: 'addresses', share: 2 / 13 })
    await expectSameFiguresEverywhere(programme.id)
  })
})
