import { type ContactMoment, type ContactOutcome } from '../model'
import { type Coverage } from './stats-types'

/** The fields of a contact moment that coverage needs. */
export type CoverageContact = Pick<ContactMoment, 'addressId' | 'date' | 'createdAt' | 'outcome'> & {
  deletedAt?: string
}

/** The fields of an address that coverage needs. */
export interface CoverageAddress {
  id: string
  deletedAt?: string
}

/** What all live contact moments of one address add up to. */
export interface AddressContactSummary<C extends CoverageContact = CoverageContact> {
  /** At least one conversation (outcome `gesprek`). */
  reached: boolean
  /** At least one `geen-interesse` or `niet-benaderen`. */
  declined: boolean
  /** The latest contact moment: by date, then createdAt; on a full tie the later one in the list. */
  latest: C
}

/** Coverage counts before the ratio is taken; add them up over streets, then call `finishCoverage`. */
export type CoverageCounts = Omit<Coverage, 'coverage'>

const DECLINED: ReadonlySet<ContactOutcome> = new Set<ContactOutcome>(['geen-interesse', 'niet-benaderen'])

/** True when contact `a` happened after (or, on a full tie, is recorded no earlier than) contact `b`. */
export function isLaterContact(a: CoverageContact, b: CoverageContact): boolean {
  if (a.date !== b.date) return a.date > b.date
  return a.createdAt >= b.createdAt
}

/**
 * Adds one contact moment to an address's summary (or starts one). The caller skips deleted contact
 * moments. Returns the summary to keep.
 */
export function addToSummary<C extends CoverageContact>(
  summary: AddressContactSummary<C> | undefined,
  contact: C,
): AddressContactSummary<C> {
  const reached = contact.outcome === 'gesprek'
  const declined = DECLINED.has(contact.outcome)
  if (!summary) return { reached, declined, latest: contact }
  if (reached) summary.reached = true
  if (declined) summary.declined = true
  if (isLaterContact(contact, summary.latest)) summary.latest = contact
  return summary
}

/**
 * Summarises the live (not deleted) contact moments per address in one pass: reached, declined and
 * the latest contact moment. Contact moments of every address in the list are kept; callers look up
 * the addresses they count.
 */
export function summariseContactsByAddress<C extends CoverageContact>(
  contacts: Iterable<C>,
): Map<string, AddressContactSummary<C>> {
  const summaries = new Map<string, AddressContactSummary<C>>()
  for (const contact of contacts) {
    if (contact.deletedAt) continue
    const summary = summaries.get(contact.addressId)
    const next = addToSummary(summary, contact)
    if (!summary) summaries.set(contact.addressId, next)
  }
  return summaries
}

/**
 * The latest live contact moment of every address that has one: by `date`, then `createdAt`; when
 * both are equal, the one later in the list wins. Deleted contact moments are ignored.
 */
export function latestContactByAddress<C extends CoverageContact>(contacts: Iterable<C>): Map<string, C> {
  const latest = new Map<string, C>()
  for (const contact of contacts) {
    if (contact.deletedAt) continue
    const current = latest.get(contact.addressId)
    if (!current || isLaterContact(contact, current)) latest.set(contact.addressId, contact)
  }
  return latest
}

/** Coverage counts that are all zero, to add addresses to. */
export function emptyCoverageCounts(): CoverageCounts {
  return { addresses: 0, attempted: 0, reached: 0, notHomeOnly: 0, doNotContact: 0 }
}

/**
 * Adds one live address to `counts`, given the summary of its contact moments (undefined when it has
 * none). The categories:
 * - attempted: at least one contact moment;
 * - reached: at least one `gesprek`;
 * - notHomeOnly: attempted, never reached, and never `geen-interesse` or `niet-benaderen`, so only
 *   `niet-thuis`, `kaartje` and `later-terug`;
 * - doNotContact: the latest contact moment is `niet-benaderen` (this may overlap with reached).
 */
export function countAddress(counts: CoverageCounts, summary: AddressContactSummary | undefined): void {
  counts.addresses += 1
  if (!summary) return
  counts.attempted += 1
  if (summary.reached) counts.reached += 1
  else if (!summary.declined) counts.notHomeOnly += 1
  if (summary.latest.outcome === 'niet-benaderen') counts.doNotContact += 1
}

/** Adds `more` to `total` (e.g. a street's counts to the programme's). */
export function addCoverageCounts(total: CoverageCounts, more: CoverageCounts): void {
  total.addresses += more.addresses
  total.attempted += more.attempted
  total.reached += more.reached
  total.notHomeOnly += more.notHomeOnly
  total.doNotContact += more.doNotContact
}

/** Turns counts into a `Coverage`: `coverage` = reached / addresses (0 when there are no addresses). */
export function finishCoverage(counts: CoverageCounts): Coverage {
  return { ...counts, coverage: counts.addresses === 0 ? 0 : counts.reached / counts.addresses }
}

/**
 * Coverage of a set of addresses (a street, an area, a programme) from their contact moments.
 * Deleted addresses and deleted contact moments are ignored, as are contact moments of addresses
 * not in `addresses`. See `countAddress` for what each figure means.
 */
export function computeCoverage(
  addresses: Iterable<CoverageAddress>,
  contacts: Iterable<CoverageContact>,
): Coverage {
  const summaries = summariseContactsByAddress(contacts)
  const counts = emptyCoverageCounts()
  for (const address of addresses) {
    if (address.deletedAt) continue
    countAddress(counts, summaries.get(address.id))
  }
  return finishCoverage(counts)
}
