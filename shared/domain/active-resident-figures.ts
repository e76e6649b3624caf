import { type Idea, type Resident, type ResidentRole, residentRoles, type Street } from '../model'
import { type ActiveResidentFigures } from './residents-figures-types'

const collator = new Intl.Collator('nl')

/** True when a role runs on `day`: started on or before it, and not ended before it. */
export function roleRunsOn(role: { start: string; end?: string | undefined }, day: string): boolean {
  return role.start <= day && (role.end === undefined || role.end >= day)
}

/**
 * The roles of a resident that run on `day`, on ideas that are live (or without an idea, for a
 * buurtcontact). `liveIdeas` holds the ids of the programme's live ideas.
 */
export function runningRoles(
  resident: Pick<Resident, 'roles'>,
  day: string,
  liveIdeas: ReadonlySet<string>,
): Resident['roles'] {
  return resident.roles.filter(
    (role) => roleRunsOn(role, day) && (role.ideaId === undefined || liveIdeas.has(role.ideaId)),
  )
}

/** Distinct residents with a running role on `day`. */
export function countActiveResidents(
  residents: readonly Resident[],
  day: string,
  liveIdeas: ReadonlySet<string>,
): number {
  return residents.filter((resident) => runningRoles(resident, day, liveIdeas).length > 0).length
}

/**
 * Active residents of a programme on `asOf` (see {@link ActiveResidentFigures}). `residents`, `ideas`
 * and `streets` are the programme's live ones.
 */
export function computeActiveResidentFigures(
  residents: readonly Resident[],
  ideas: readonly Idea[],
  streets: readonly Street[],
  asOf: string,
  from: string,
): ActiveResidentFigures {
  // The same ideas as the programme's idea count (merged duplicates included), so "van N ideeën" matches it.
  const counted = ideas.filter((idea) => idea.collectedOn <= asOf)
  const liveIdeas = new Set(ideas.map((idea) => idea.id))
  const countedIds = new Set(counted.map((idea) => idea.id))
  const byRole = Object.fromEntries(residentRoles.map((role) => [role, 0])) as Record<ResidentRole, number>
  const addresses = new Set<string>()
  const streetCounts = new Map<string, number>()
  const perIdea = new Map<string, { active: Set<string>; trekkers: Set<string> }>()
  const trekkerIdeas = new Set<string>()
  let active = 0
  let startedInPeriod = 0
  for (const resident of residents) {
    const roles = runningRoles(resident, asOf, liveIdeas)
    if (resident.roles.some((role) => role.start >= from && role.start <= asOf)) startedInPeriod += 1
    if (roles.length === 0) continue
    active += 1
    if (resident.addressId !== undefined) addresses.add(resident.addressId)
    streetCounts.set(resident.streetId, (streetCounts.get(resident.streetId) ?? 0) + 1)
    for (const role of new Set(roles.map((entry) => entry.role))) byRole[role] += 1
    for (const role of roles) {
      if (role.ideaId === undefined) continue
      const entry = perIdea.get(role.ideaId) ?? { active: new Set<string>(), trekkers: new Set<string>() }
      entry.active.add(resident.id)
      if (role.role === 'trekker') {
        entry.trekkers.add(resident.id)
        if (countedIds.has(role.ideaId)) trekkerIdeas.add(role.ideaId)
      }
      perIdea.set(role.ideaId, entry)
    }
  }
  return {
    active,
    startedInPeriod,
    byRole,
    ideasWithTrekker: trekkerIdeas.size,
    ideas: counted.length,
    addresses: addresses.size,
    streets: streetCounts.size,
    perIdea: [...perIdea].map(([ideaId, entry]) => ({
      ideaId,
      active: entry.active.size,
      trekkers: entry.trekkers.size,
    })),
    perStreet: [...streets]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((street) => ({
        streetId: street.id,
        name: street.name,
        active: streetCounts.get(street.id) ?? 0,
      })),
  }
}
