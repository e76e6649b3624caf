import { contactOutcomes, type ContactOutcome, ideaStatuses, type IdeaStatus, type StoreData } from '../model'
import {
  addCoverageCounts,
  type AddressContactSummary,
  addToSummary,
  countAddress,
  type CoverageCounts,
  emptyCoverageCounts,
  finishCoverage,
} from './coverage'
import { type ProgrammeStats, type StreetCoverage } from './stats-types'

export { computeCoverage, latestContactByAddress } from './coverage'

type StatsCollection =
  'programmes' | 'streets' | 'addresses' | 'contacts' | 'ideas' | 'sessions' | 'actions' | 'partners'

/** The store collections the statistics read; read-only arrays are fine. */
export type ProgrammeStatsInput = { readonly [K in StatsCollection]: ReadonlyArray<StoreData[K][number]> }

const streetCollator = new Intl.Collator('nl')

interface StreetTally {
  counts: CoverageCounts
  name: string
  ideas: number
}

interface AddressTally {
  street: StreetTally
  summary: AddressContactSummary | undefined
}

/** Rounds to two decimals (0.125 → 0.13). */
function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  const record = {} as Record<K, number>
  for (const key of keys) record[key] = 0
  return record
}

/**
 * Key figures of one programme, as the dashboard and the reports show them. One pass over each
 * collection, so it stays fast with tens of thousands of contact moments.
 *
 * Rules:
 * - Deleted entities (`deletedAt` set) never count. Addresses count only when their street is live;
 *   contact moments only when their address counts.
 * - Coverage (addresses, attempted, reached, notHomeOnly, doNotContact, coverage) as in
 *   `countAddress` in ./coverage; `perStreet` holds the same per live street, sorted by street name
 *   in Dutch collation, with the street's live ideas.
 * - `conversations` counts contact moments with outcome `gesprek`; `contactMoments` all of them.
 * - `ideas` counts every live idea, merged duplicates (`samengevoegd`) included: a merged idea was
 *   still collected from residents. `ideasByStatus` sums to `ideas`, so the merged ones show under
 *   `samengevoegd`; `ideasByTheme`, `perStreet[].ideas` and `ideasPerReachedAddress` use the same set.
 * - `ideasByTheme`: the programme's themes in their order, with 0 where no idea has them (archived
 *   themes only when they have ideas), then theme codes the programme does not know, labelled with
 *   their code. An idea with several themes counts once under each.
 * - `ideasRealised` = ideas with status `gerealiseerd`; `ideasPerReachedAddress` = ideas / reached,
 *   rounded to 2 decimals (0 when nothing is reached).
 * - `sessionsHeld`: status `gehouden`; `sessionsPlanned`: status `gepland` or `verplaatst` dated
 *   `today` or later.
 * - `openActions`: actions not done; `overdueActions`: of those, the ones due before `today`.
 *
 * @param today the coach's local date as `yyyy-MM-dd`.
 * @throws Error when the programme does not exist (or is deleted).
 */
export function computeProgrammeStats(
  data: ProgrammeStatsInput,
  programmeId: string,
  today: string,
): ProgrammeStats {
  const programme = data.programmes.find((p) => p.id === programmeId && !p.deletedAt)
  if (!programme) throw new Error(`Programma ${programmeId} bestaat niet.`)

  const streets = new Map<string, StreetTally>()
  for (const street of data.streets) {
    if (street.programmeId !== programmeId || street.deletedAt) continue
    streets.set(street.id, { counts: emptyCoverageCounts(), name: street.name, ideas: 0 })
  }

  const addresses = new Map<string, AddressTally>()
  for (const address of data.addresses) {
    if (address.programmeId !== programmeId || address.deletedAt) continue
    const street = streets.get(address.streetId)
    if (street) addresses.set(address.id, { street, summary: undefined })
  }

  const contactsByOutcome = zeroRecord<ContactOutcome>(contactOutcomes)
  let contactMoments = 0
  for (const contact of data.contacts) {
    if (contact.programmeId !== programmeId || contact.deletedAt) continue
    const address = addresses.get(contact.addressId)
    if (!address) continue
    contactMoments += 1
    contactsByOutcome[contact.outcome] += 1
    address.summary = addToSummary(address.summary, contact)
  }

  const total = emptyCoverageCounts()
  for (const address of addresses.values()) countAddress(address.street.counts, address.summary)
  for (const street of streets.values()) addCoverageCounts(total, street.counts)

  const ideasByStatus = zeroRecord<IdeaStatus>(ideaStatuses)
  const themeCounts = new Map<string, number>()
  let ideas = 0
  for (const idea of data.ideas) {
    if (idea.programmeId !== programmeId || idea.deletedAt) continue
    ideas += 1
    ideasByStatus[idea.status] += 1
    const codes = idea.themes.length > 1 ? new Set(idea.themes) : idea.themes
    for (const code of codes) themeCounts.set(code, (themeCounts.get(code) ?? 0) + 1)
    const street = idea.streetId === undefined ? undefined : streets.get(idea.streetId)
    if (street) street.ideas += 1
  }

  const ideasByTheme: ProgrammeStats['ideasByTheme'] = []
  const known = new Set<string>()
  for (const theme of programme.themes) {
    if (known.has(theme.code)) continue
    known.add(theme.code)
    const count = themeCounts.get(theme.code) ?? 0
    if (!theme.archived || count > 0) ideasByTheme.push({ code: theme.code, label: theme.label, count })
  }
  const unknown = [...themeCounts.keys()]
    .filter((code) => !known.has(code))
    .sort((a, b) => streetCollator.compare(a, b))
  for (const code of unknown) ideasByTheme.push({ code, label: code, count: themeCounts.get(code) ?? 0 })

  let sessionsHeld = 0
  let sessionsPlanned = 0
  for (const session of data.sessions) {
    if (session.programmeId !== programmeId || session.deletedAt) continue
    if (session.status === 'gehouden') sessionsHeld += 1
    else if ((session.status === 'gepland' || session.status === 'verplaatst') && session.date >= today)
      sessionsPlanned += 1
  }

  let openActions = 0
  let overdueActions = 0
  for (const action of data.actions) {
    if (action.programmeId !== programmeId || action.deletedAt || action.done) continue
    openActions += 1
    if (action.due !== undefined && action.due < today) overdueActions += 1
  }

  let partners = 0
  for (const partner of data.partners) {
    if (partner.programmeId === programmeId && !partner.deletedAt) partners += 1
  }

  const perStreet: StreetCoverage[] = [...streets]
    .map(([streetId, street]) => ({
      streetId,
      name: street.name,
      ideas: street.ideas,
      ...finishCoverage(street.counts),
    }))
    .sort(
      (a, b) =>
        streetCollator.compare(a.name, b.name) ||
        (a.streetId < b.streetId ? -1 : a.streetId > b.streetId ? 1 : 0),
    )

  const coverage = finishCoverage(total)
  return {
    programmeId,
    ...coverage,
    streets: streets.size,
    conversations: contactsByOutcome.gesprek,
    contactMoments,
    contactsByOutcome,
    ideas,
    ideasByStatus,
    ideasByTheme,
    ideasRealised: ideasByStatus.gerealiseerd,
    ideasPerReachedAddress: coverage.reached === 0 ? 0 : round2(ideas / coverage.reached),
    sessionsHeld,
    sessionsPlanned,
    partners,
    openActions,
    overdueActions,
    perStreet,
    goals: { ...programme.goals },
  }
}
