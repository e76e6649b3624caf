import { ApiFailure, type ApiParsedInput, type StreetListItem } from '../../shared/api'
import { computeProgrammeStats } from '../../shared/domain/stats'
import { type StreetCoverage } from '../../shared/domain/stats-types'
import { type Area, type Street, type StoreData } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0
}

/** Coverage of every live street of a programme, keyed by street id. */
function coverageByStreet(
  data: Readonly<StoreData>,
  programmeId: string,
  today: string,
): Map<string, StreetCoverage> {
  return new Map(
    computeProgrammeStats(data, programmeId, today).perStreet.map((entry) => [entry.streetId, entry]),
  )
}

/** area.* and street.* : the streets a programme works in, with their coverage. */
export function createStreetService({ stores, clock, newId }: ServiceDeps) {
  const listItem = (
    data: Readonly<StoreData>,
    street: Street,
    coverage: StreetCoverage | undefined,
  ): StreetListItem => {
    const area = street.areaId ? data.areas.find((a) => a.id === street.areaId && !a.deletedAt) : undefined
    return {
      street,
      ...(area ? { areaName: area.name } : {}),
      coverage: coverage ?? {
        streetId: street.id,
        name: street.name,
        ideas: 0,
        addresses: 0,
        attempted: 0,
        reached: 0,
        notHomeOnly: 0,
        doNotContact: 0,
        coverage: 0,
      },
    }
  }

  const refuseDuplicateStreet = (
    data: Readonly<StoreData>,
    programmeId: string,
    name: string,
    place: string,
    exceptId?: string,
  ): void => {
    const clash = data.streets.some(
      (s) =>
        s.programmeId === programmeId &&
        !s.deletedAt &&
        s.id !== exceptId &&
        sameName(s.name, name) &&
        sameName(s.place, place),
    )
    if (clash)
      throw new ApiFailure('CONFLICT', `Naam: de straat "${name}" bestaat al in dit programma.`, 'name')
  }

  const checkArea = (
    data: Readonly<StoreData>,
    programmeId: string,
    areaId: string | undefined | null,
  ): void => {
    if (!areaId) return
    const area = findLive(data, 'areas', areaId)
    if (area.programmeId !== programmeId)
      throw new ApiFailure('VALIDATION_FAILED', 'Gebied: hoort bij een ander programma.', 'areaId')
  }

  return {
    'area.list': async ({ programmeId }: ApiParsedInput<'area.list'>): Promise<Area[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      return data.areas
        .filter((a) => a.programmeId === programmeId && !a.deletedAt)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    },
    'area.create': async ({ programmeId, name, kind }: ApiParsedInput<'area.create'>): Promise<Area> =>
      requireStore(stores).update((data) => {
        findProgramme(data, programmeId)
        if (data.areas.some((a) => a.programmeId === programmeId && !a.deletedAt && sameName(a.name, name))) {
          throw new ApiFailure('CONFLICT', `Naam: het gebied "${name}" bestaat al.`, 'name')
        }
        const now = nowIso(clock)
        const area: Area = { id: newId(), programmeId, createdAt: now, updatedAt: now, name, kind }
        data.areas.push(area)
        return area
      }),
    'area.update': async ({ areaId, ...changes }: ApiParsedInput<'area.update'>): Promise<Area> =>
      requireStore(stores).update((data) => {
        const area = findLive(data, 'areas', areaId)
        if (changes.name !== undefined) area.name = changes.name
        if (changes.kind !== undefined) area.kind = changes.kind
        area.updatedAt = nowIso(clock)
        return area
      }),
    'area.delete': async ({ areaId }: ApiParsedInput<'area.delete'>): Promise<{ deleted: true }> =>
      requireStore(stores).update((data) => {
        const area = findLive(data, 'areas', areaId)
        area.deletedAt = nowIso(clock)
        return { deleted: true as const }
      }),
    'area.restore': async ({ areaId }: ApiParsedInput<'area.restore'>): Promise<Area> =>
      requireStore(stores).update((data) => {
        const area = findLive(data, 'areas', areaId, { includeDeleted: true })
        if (
          area.deletedAt &&
          data.areas.some(
            (a) =>
              a.id !== area.id &&
              a.programmeId === area.programmeId &&
              !a.deletedAt &&
              sameName(a.name, area.name),
          )
        ) {
          throw new ApiFailure('CONFLICT', `Naam: er is al een ander gebied "${area.name}".`, 'name')
        }
        delete area.deletedAt
        area.updatedAt = nowIso(clock)
        return area
      }),

    'street.list': async ({ programmeId }: ApiParsedInput<'street.list'>): Promise<StreetListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const coverage = coverageByStreet(data, programmeId, localDate(clock))
      return data.streets
        .filter((s) => s.programmeId === programmeId && !s.deletedAt)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.place.localeCompare(b.place, 'nl'))
        .map((street) => listItem(data, street, coverage.get(street.id)))
    },
    'street.get': async ({ streetId }: ApiParsedInput<'street.get'>): Promise<StreetListItem> => {
      const data = requireStore(stores).read()
      const street = findLive(data, 'streets', streetId)
      return listItem(
        data,
        street,
        coverageByStreet(data, street.programmeId, localDate(clock)).get(street.id),
      )
    },
    'street.create': async (input: ApiParsedInput<'street.create'>): Promise<Street> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        checkArea(data, input.programmeId, input.areaId)
        refuseDuplicateStreet(data, input.programmeId, input.name, input.place)
        const now = nowIso(clock)
        const street: Street = { id: newId(), createdAt: now, updatedAt: now, ...input }
        data.streets.push(street)
        return street
      }),
    'street.update': async ({ streetId, ...changes }: ApiParsedInput<'street.update'>): Promise<Street> =>
      requireStore(stores).update((data) => {
        const street = findLive(data, 'streets', streetId)
        checkArea(data, street.programmeId, changes.areaId)
        refuseDuplicateStreet(
          data,
          street.programmeId,
          changes.name ?? street.name,
          changes.place ?? street.place,
          street.id,
        )
        if (changes.name !== undefined) street.name = changes.name
        if (changes.place !== undefined) street.place = changes.place
        if (changes.notes !== undefined) street.notes = changes.notes
        if (changes.areaId === null) delete street.areaId
        else if (changes.areaId !== undefined) street.areaId = changes.areaId
        street.updatedAt = nowIso(clock)
        return street
      }),
    'street.delete': async ({ streetId }: ApiParsedInput<'street.delete'>): Promise<{ deleted: true }> =>
      requireStore(stores).update((data) => {
        findLive(data, 'streets', streetId).deletedAt = nowIso(clock)
        return { deleted: true as const }
      }),
    'street.restore': async ({ streetId }: ApiParsedInput<'street.restore'>): Promise<Street> =>
      requireStore(stores).update((data) => {
        const street = findLive(data, 'streets', streetId, { includeDeleted: true })
        refuseDuplicateStreet(data, street.programmeId, street.name, street.place, street.id)
        delete street.deletedAt
        street.updatedAt = nowIso(clock)
        return street
      }),

    'stats.street': async ({ streetId }: ApiParsedInput<'stats.street'>): Promise<StreetCoverage> => {
      const data = requireStore(stores).read()
      const street = findLive(data, 'streets', streetId)
      const coverage = coverageByStreet(data, street.programmeId, localDate(clock)).get(street.id)
      return listItem(data, street, coverage).coverage
    },
  }
}
