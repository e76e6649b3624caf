import { generateDemo, type DemoData } from '../../../shared/demo'
import { computeProgrammeStats } from '../../../shared/domain/stats'
import { type ProgrammeStats } from '../../../shared/domain/stats-types'
import { type ReportRequest, type ReportSource } from '../../../shared/reports'

/** The fixed day the report tests are built for (the test runtime's clock). */
export const TODAY = '2026-11-28'

/** The demo programme as a report source, with its statistics as `stats.programme` gives them. */
export interface DemoSource {
  demo: DemoData
  source: ReportSource
  stats: ProgrammeStats
  request: (kind: ReportRequest['kind'], extra?: Partial<ReportRequest>) => ReportRequest
}

/** Generates the demo (scale 1) and wraps it as a report source. */
export function demoSource(options: { organisationName?: string; authorName?: string } = {}): DemoSource {
  const demo = generateDemo({ today: TODAY, now: `${TODAY}T09:00:00.000Z` })
  const data = { ...demo, programmes: [demo.programme] }
  return {
    demo,
    source: {
      data,
      today: TODAY,
      organisationName: options.organisationName ?? 'Stichting Voor Mekaar',
      authorName: options.authorName ?? 'Ilse Dijkhuis',
    },
    stats: computeProgrammeStats(data, demo.programme.id, TODAY),
    request: (kind, extra = {}) => ({
      programmeId: demo.programme.id,
      kind,
      language: 'nl',
      includeNames: false,
      ...extra,
    }),
  }
}

/** Every text of a model or outline, joined, for "does this appear anywhere" checks. */
export function allText(value: unknown): string {
  const parts: string[] = []
  const walk = (item: unknown): void => {
    if (typeof item === 'string') parts.push(item)
    else if (Array.isArray(item)) item.forEach(walk)
    else if (item !== null && typeof item === 'object') Object.values(item).forEach(walk)
  }
  walk(value)
  return parts.join('\n')
}

/** The residents' names, phone numbers and notes in the demo that an anonymised report must never show. */
export function privateTexts(demo: DemoData): { names: string[]; phones: string[]; notes: string[] } {
  const names = new Set<string>()
  for (const idea of demo.ideas)
    for (const initiator of idea.initiators) if (initiator.name !== '') names.add(initiator.name)
  for (const address of demo.addresses) if (address.residentName !== '') names.add(address.residentName)
  const phones = new Set(demo.addresses.map((address) => address.phone).filter((phone) => phone !== ''))
  const notes = new Set(
    [
      ...demo.contacts.map((contact) => contact.note),
      ...demo.addresses.map((address) => address.householdNote),
    ].filter((note) => note !== ''),
  )
  return { names: [...names], phones: [...phones], notes: [...notes] }
}

/** A whole-word match, so "Jaap" does not match inside another word. */
export function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text)
}
