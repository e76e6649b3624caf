import {
  ApiFailure,
  type ConnectionListItem,
  type ResidentListItem,
  type SignalDetail,
  type SignalListItem,
  type SignalSummary,
} from '../../shared/api'
import { connectionCheckDue, connectionRunsOn } from '../../shared/domain/connection-figures'
import { roleRunsOn } from '../../shared/domain/active-resident-figures'
import { formatHouseNumber } from '../../shared/domain/house-number'
import { handoverOutcome } from '../../shared/domain/signal-figures'
import { isCountOnly } from '../../shared/domain/signal-rules'
import { type Connection, type Resident, type Signal, type StoreData } from '../../shared/model'
import { findLive } from './entity-lookup'

/** Refuses an entity of another programme, naming the field. */
export function requireSameProgramme(
  entity: { programmeId: string },
  programmeId: string,
  field: string,
): void {
  if (entity.programmeId !== programmeId)
    throw new ApiFailure('VALIDATION_FAILED', 'Deze koppeling hoort bij een ander programma.', field)
}

/** Refuses a day after today, in the coach's words. */
export function requireNotFuture(date: string, today: string, label: string, field: string): void {
  if (date > today)
    throw new ApiFailure('VALIDATION_FAILED', `${label}: deze datum ligt in de toekomst.`, field)
}

/** How the app names a resident on screen: by name when they agreed to be named, else by pseudonym. */
export function residentDisplayName(
  resident: Pick<Resident, 'name' | 'consentToBeNamed' | 'pseudonym'>,
): string {
  return resident.consentToBeNamed && resident.name !== '' ? resident.name : resident.pseudonym
}

/** "Brinkakkerweg 12a" for a live address of the store, or undefined. */
export function addressText(data: Readonly<StoreData>, addressId: string | undefined): string | undefined {
  if (addressId === undefined) return undefined
  const address = data.addresses.find((a) => a.id === addressId)
  if (!address) return undefined
  const street = data.streets.find((s) => s.id === address.streetId)
  return `${street?.name ?? ''} ${formatHouseNumber(address.houseNumber, address.addition)}`.trim()
}

function houseNumberOf(data: Readonly<StoreData>, addressId: string | undefined): string | undefined {
  const address = addressId === undefined ? undefined : data.addresses.find((a) => a.id === addressId)
  return address ? formatHouseNumber(address.houseNumber, address.addition) : undefined
}

const streetNameOf = (data: Readonly<StoreData>, streetId: string): string =>
  data.streets.find((s) => s.id === streetId)?.name ?? ''

/** A resident with the street, house number and the roles with their ideas' titles. */
export function residentView(data: Readonly<StoreData>, resident: Resident, today: string): ResidentListItem {
  const roles = resident.roles.map((role) => {
    const idea =
      role.ideaId === undefined ? undefined : data.ideas.find((i) => i.id === role.ideaId && !i.deletedAt)
    return { ...role, ...(idea ? { ideaTitle: idea.title } : {}), running: roleRunsOn(role, today) }
  })
  const label = houseNumberOf(data, resident.addressId)
  return {
    resident,
    streetName: streetNameOf(data, resident.streetId),
    ...(label === undefined ? {} : { addressLabel: label }),
    roles,
    active: roles.some((role) => role.running),
  }
}

/** A connection with the names of those involved and whether it is due for a check. */
export function connectionView(
  data: Readonly<StoreData>,
  connection: Connection,
  today: string,
): ConnectionListItem {
  const residents = connection.residentIds
    .map((id) => data.residents.find((r) => r.id === id && !r.deletedAt))
    .filter((resident): resident is Resident => resident !== undefined)
  const parties = [
    ...residents.map((resident) => {
      const address = addressText(data, resident.addressId)
      return address === undefined
        ? residentDisplayName(resident)
        : `${residentDisplayName(resident)} (${address})`
    }),
    ...connection.addressIds
      .map((id) => addressText(data, id))
      .filter((text): text is string => text !== undefined),
  ]
  const lastCheck = [...connection.checks].sort((a, b) => a.on.localeCompare(b.on)).at(-1)
  const idea =
    connection.ideaId === undefined ? undefined : data.ideas.find((i) => i.id === connection.ideaId)
  return {
    connection,
    parties,
    streetNames: connection.streetIds.map((id) => streetNameOf(data, id)).filter((name) => name !== ''),
    ...(idea ? { ideaTitle: idea.title } : {}),
    running: connectionRunsOn(connection, today),
    ...(lastCheck ? { lastCheck } : {}),
    checkDue: connectionCheckDue(connection, today),
  }
}

/** A signal without its note and the contact person's name: what lists may show. */
export function signalSummary(signal: Signal): SignalSummary {
  const { note, handover, ...rest } = signal
  return {
    ...rest,
    hasNote: note !== '',
    ...(handover ? { handover: { partnerId: handover.partnerId, date: handover.date } } : {}),
  }
}

/** A signal as lists show it, with the street, house number, partner and waiting time. */
export function signalView(data: Readonly<StoreData>, signal: Signal, today: string): SignalListItem {
  const partner = signal.handover ? data.partners.find((p) => p.id === signal.handover?.partnerId) : undefined
  const outcome = handoverOutcome(signal, today)
  const label = houseNumberOf(data, signal.addressId)
  return {
    signal: signalSummary(signal),
    streetName: streetNameOf(data, signal.streetId),
    ...(label === undefined ? {} : { addressLabel: label }),
    ...(partner ? { partnerName: partner.name, partnerKind: partner.kind } : {}),
    countOnly: isCountOnly(signal),
    ...(outcome?.waitingDays === undefined ? {} : { waitingDays: outcome.waitingDays }),
    ...(outcome?.daysToPickUp === undefined ? {} : { daysToPickUp: outcome.daysToPickUp }),
  }
}

/** The signal itself, note and contact person included. */
export function signalDetail(data: Readonly<StoreData>, signal: Signal, today: string): SignalDetail {
  return {
    ...signalView(data, signal, today),
    note: signal.note,
    contactPerson: signal.handover?.contactPerson ?? '',
  }
}

/** A live idea of the programme, or a clear refusal naming the field. */
export function requireIdea(
  data: Readonly<StoreData>,
  programmeId: string,
  ideaId: string,
  field = 'ideaId',
) {
  const idea = findLive(data, 'ideas', ideaId, { field })
  requireSameProgramme(idea, programmeId, field)
  return idea
}
