import { ApiFailure, type ApiParsedInput, type ConnectionListItem } from '../../shared/api'
import { type Connection, type StoreData } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { connectionView, requireIdea, requireNotFuture, requireSameProgramme } from './residents-views'
import { type ServiceDeps } from './types'

/** The residents and addresses involved, checked, and the streets they live in. */
function involved(
  data: Readonly<StoreData>,
  programmeId: string,
  residentIds: readonly string[],
  addressIds: readonly string[],
): Pick<Connection, 'residentIds' | 'addressIds' | 'streetIds'> {
  const streets = new Set<string>()
  for (const id of residentIds) {
    const resident = findLive(data, 'residents', id, { field: 'residentIds' })
    requireSameProgramme(resident, programmeId, 'residentIds')
    streets.add(resident.streetId)
  }
  for (const id of addressIds) {
    const address = findLive(data, 'addresses', id, { field: 'addressIds' })
    requireSameProgramme(address, programmeId, 'addressIds')
    streets.add(address.streetId)
  }
  return {
    residentIds: [...new Set(residentIds)],
    addressIds: [...new Set(addressIds)],
    streetIds: [...streets],
  }
}

/** connection.*: connections between neighbours, and whether they still run. */
export function createConnectionService({ stores, clock, newId }: ServiceDeps) {
  return {
    'connection.list': async ({
      programmeId,
      ideaId,
    }: ApiParsedInput<'connection.list'>): Promise<ConnectionListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const today = localDate(clock)
      return data.connections
        .filter(
          (c) =>
            c.programmeId === programmeId && !c.deletedAt && (ideaId === undefined || c.ideaId === ideaId),
        )
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
        .map((connection) => connectionView(data, structuredClone(connection), today))
    },

    'connection.create': async (input: ApiParsedInput<'connection.create'>): Promise<Connection> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        const today = localDate(clock)
        const date = input.date ?? today
        requireNotFuture(date, today, 'Datum', 'date')
        if (input.ideaId) requireIdea(data, input.programmeId, input.ideaId)
        const signal = input.signalId ? findLive(data, 'signals', input.signalId) : undefined
        if (signal) {
          requireSameProgramme(signal, input.programmeId, 'signalId')
          if (signal.consent === 'geen')
            throw new ApiFailure(
              'VALIDATION_FAILED',
              'Signaal: zonder toestemming van de bewoner kan er geen verbinding aan worden gekoppeld.',
              'signalId',
            )
        }
        const now = nowIso(clock)
        const connection: Connection = {
          id: newId(),
          programmeId: input.programmeId,
          createdAt: now,
          updatedAt: now,
          kind: input.kind,
          description: input.description,
          date,
          ...involved(data, input.programmeId, input.residentIds, input.addressIds),
          ...(input.ideaId ? { ideaId: input.ideaId } : {}),
          ...(signal ? { signalId: signal.id } : {}),
          checks: [],
        }
        // The signal was picked up by neighbours: it now runs through this connection.
        if (signal && (signal.route === undefined || signal.route === 'buren')) {
          signal.route = 'buren'
          signal.connectionId = connection.id
          signal.updatedAt = now
        }
        data.connections.push(connection)
        return connection
      }),

    'connection.update': async (input: ApiParsedInput<'connection.update'>): Promise<Connection> =>
      requireStore(stores).update((data) => {
        const connection = findLive(data, 'connections', input.connectionId)
        const today = localDate(clock)
        if (input.date !== undefined) {
          requireNotFuture(input.date, today, 'Datum', 'date')
          connection.date = input.date
        }
        if (input.ideaId === null) delete connection.ideaId
        else if (input.ideaId !== undefined) {
          requireIdea(data, connection.programmeId, input.ideaId)
          connection.ideaId = input.ideaId
        }
        if (input.residentIds !== undefined || input.addressIds !== undefined) {
          const residentIds = input.residentIds ?? connection.residentIds
          const addressIds = input.addressIds ?? connection.addressIds
          if (residentIds.length + addressIds.length === 0)
            throw new ApiFailure(
              'VALIDATION_FAILED',
              'Adressen: kies minstens één bewoner of adres.',
              'addressIds',
            )
          Object.assign(connection, involved(data, connection.programmeId, residentIds, addressIds))
        }
        if (input.kind !== undefined) connection.kind = input.kind
        if (input.description !== undefined) connection.description = input.description
        connection.updatedAt = nowIso(clock)
        return connection
      }),

    'connection.check': async (input: ApiParsedInput<'connection.check'>): Promise<Connection> =>
      requireStore(stores).update((data) => {
        const connection = findLive(data, 'connections', input.connectionId)
        const today = localDate(clock)
        const on = input.date ?? today
        requireNotFuture(on, today, 'Datum', 'date')
        if (on < connection.date)
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Datum: de controle ligt voor de dag waarop de verbinding ontstond.',
            'date',
          )
        connection.checks.push({ on, running: input.running })
        connection.checks.sort((a, b) => a.on.localeCompare(b.on))
        connection.updatedAt = nowIso(clock)
        return connection
      }),

    'connection.delete': async ({
      connectionId,
    }: ApiParsedInput<'connection.delete'>): Promise<{ deleted: true }> =>
      requireStore(stores).update((data) => {
        const now = nowIso(clock)
        findLive(data, 'connections', connectionId).deletedAt = now
        for (const signal of data.signals) {
          if (signal.connectionId !== connectionId) continue
          delete signal.connectionId
          signal.updatedAt = now
        }
        return { deleted: true as const }
      }),
  }
}
