import { ApiFailure, type ApiParsedInput, type ResidentListItem } from '../../shared/api'
import { type Resident, type ResidentRoleEntry, type StoreData } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { requireIdea, requireNotFuture, requireSameProgramme, residentView } from './residents-views'
import { type ServiceDeps } from './types'

const collator = new Intl.Collator('nl')

/** A live address of the programme and its street, or a clear refusal. */
function addressOf(data: Readonly<StoreData>, programmeId: string, addressId: string) {
  const address = findLive(data, 'addresses', addressId)
  requireSameProgramme(address, programmeId, 'addressId')
  const street = findLive(data, 'streets', address.streetId, { field: 'addressId' })
  return { address, street }
}

/** Checks a role's idea and dates; a role without idea is only for a buurtcontact. */
function checkRole(
  data: Readonly<StoreData>,
  programmeId: string,
  role: Pick<ResidentRoleEntry, 'role' | 'ideaId' | 'start' | 'end'>,
  today: string,
  prefix = '',
): void {
  if (role.ideaId !== undefined) requireIdea(data, programmeId, role.ideaId, `${prefix}ideaId`)
  else if (role.role !== 'buurtcontact')
    throw new ApiFailure(
      'VALIDATION_FAILED',
      'Idee: kies het idee waarop de bewoner deze rol heeft.',
      `${prefix}ideaId`,
    )
  requireNotFuture(role.start, today, 'Begindatum', `${prefix}start`)
  if (role.end !== undefined && role.end < role.start)
    throw new ApiFailure('VALIDATION_FAILED', 'Einddatum: ligt voor de begindatum.', `${prefix}end`)
}

/** Refuses the same role on the same idea twice while the first still runs. */
function refuseDuplicate(
  resident: Resident,
  role: Pick<ResidentRoleEntry, 'role' | 'ideaId'>,
  except?: string,
) {
  const twice = resident.roles.some(
    (other) =>
      other.id !== except &&
      other.role === role.role &&
      other.ideaId === role.ideaId &&
      other.end === undefined,
  )
  if (twice) throw new ApiFailure('CONFLICT', 'Rol: deze bewoner heeft deze rol op dit idee al.', 'role')
}

function findRole(resident: Resident, roleId: string): ResidentRoleEntry {
  const role = resident.roles.find((entry) => entry.id === roleId)
  if (!role) throw new ApiFailure('NOT_FOUND', 'Deze rol bestaat niet (meer).', 'roleId')
  return role
}

/** resident.*: active residents (bewoners aan zet) and their roles on ideas. */
export function createResidentService({ stores, clock, newId }: ServiceDeps) {
  return {
    'resident.list': async ({
      programmeId,
      ideaId,
    }: ApiParsedInput<'resident.list'>): Promise<ResidentListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const today = localDate(clock)
      return data.residents
        .filter(
          (r) =>
            r.programmeId === programmeId &&
            !r.deletedAt &&
            (ideaId === undefined || r.roles.some((role) => role.ideaId === ideaId)),
        )
        .map((resident) => residentView(data, structuredClone(resident), today))
        .sort(
          (a, b) =>
            collator.compare(a.streetName, b.streetName) ||
            collator.compare(a.addressLabel ?? '', b.addressLabel ?? '') ||
            collator.compare(a.resident.pseudonym, b.resident.pseudonym),
        )
    },

    'resident.create': async (input: ApiParsedInput<'resident.create'>): Promise<Resident> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        const { address, street } = addressOf(data, input.programmeId, input.addressId)
        const today = localDate(clock)
        const now = nowIso(clock)
        const roles: ResidentRoleEntry[] = []
        if (input.role) {
          const role: ResidentRoleEntry = {
            id: newId(),
            role: input.role.role,
            start: input.role.start ?? today,
            ...(input.role.ideaId ? { ideaId: input.role.ideaId } : {}),
          }
          checkRole(data, input.programmeId, role, today, 'role.')
          roles.push(role)
        }
        const resident: Resident = {
          id: newId(),
          programmeId: input.programmeId,
          createdAt: now,
          updatedAt: now,
          streetId: street.id,
          addressId: address.id,
          pseudonym: input.pseudonym ?? `Bewoner ${street.name}`,
          name: input.consentToBeNamed ? input.name : '',
          consentToBeNamed: input.consentToBeNamed,
          roles,
        }
        data.residents.push(resident)
        return resident
      }),

    'resident.update': async (input: ApiParsedInput<'resident.update'>): Promise<Resident> =>
      requireStore(stores).update((data) => {
        const resident = findLive(data, 'residents', input.residentId)
        const consent = input.consentToBeNamed ?? resident.consentToBeNamed
        const name = input.name ?? resident.name
        if (input.name && !consent)
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Naam: bewaar een naam alleen met toestemming van de bewoner.',
            'name',
          )
        if (input.addressId !== undefined) {
          const { address, street } = addressOf(data, resident.programmeId, input.addressId)
          resident.addressId = address.id
          resident.streetId = street.id
        }
        if (input.pseudonym !== undefined) resident.pseudonym = input.pseudonym
        resident.consentToBeNamed = consent
        resident.name = consent ? name : ''
        resident.updatedAt = nowIso(clock)
        return resident
      }),

    'resident.delete': async ({
      residentId,
    }: ApiParsedInput<'resident.delete'>): Promise<{ deleted: true }> =>
      requireStore(stores).update((data) => {
        findLive(data, 'residents', residentId).deletedAt = nowIso(clock)
        return { deleted: true as const }
      }),

    'resident.addRole': async (input: ApiParsedInput<'resident.addRole'>): Promise<Resident> =>
      requireStore(stores).update((data) => {
        const resident = findLive(data, 'residents', input.residentId)
        const role: ResidentRoleEntry = {
          id: newId(),
          role: input.role,
          start: input.start ?? localDate(clock),
          ...(input.ideaId ? { ideaId: input.ideaId } : {}),
        }
        checkRole(data, resident.programmeId, role, localDate(clock))
        refuseDuplicate(resident, role)
        resident.roles.push(role)
        resident.updatedAt = nowIso(clock)
        return resident
      }),

    'resident.updateRole': async (input: ApiParsedInput<'resident.updateRole'>): Promise<Resident> =>
      requireStore(stores).update((data) => {
        const resident = findLive(data, 'residents', input.residentId)
        const role = findRole(resident, input.roleId)
        const next: ResidentRoleEntry = { ...role }
        if (input.role !== undefined) next.role = input.role
        if (input.ideaId === null) delete next.ideaId
        else if (input.ideaId !== undefined) next.ideaId = input.ideaId
        if (input.start !== undefined) next.start = input.start
        if (input.end === null) delete next.end
        else if (input.end !== undefined) next.end = input.end
        checkRole(data, resident.programmeId, next, localDate(clock))
        refuseDuplicate(resident, next, role.id)
        resident.roles = resident.roles.map((entry) => (entry.id === role.id ? next : entry))
        resident.updatedAt = nowIso(clock)
        return resident
      }),

    'resident.removeRole': async (input: ApiParsedInput<'resident.removeRole'>): Promise<Resident> =>
      requireStore(stores).update((data) => {
        const resident = findLive(data, 'residents', input.residentId)
        findRole(resident, input.roleId)
        resident.roles = resident.roles.filter((entry) => entry.id !== input.roleId)
        resident.updatedAt = nowIso(clock)
        return resident
      }),
  }
}
