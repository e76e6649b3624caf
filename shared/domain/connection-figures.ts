import { type Connection, type ConnectionKind, connectionKinds, type Resident } from '../model'
import { addMonths } from './month-math'
import { type ConnectionDurability, type ConnectionFigures } from './residents-figures-types'

/** True when a connection ran at its last check on or before `day`; never checked counts as running. */
export function connectionRunsOn(connection: Pick<Connection, 'checks'>, day: string): boolean {
  let last: Connection['checks'][number] | undefined
  for (const check of connection.checks) if (check.on <= day && (!last || check.on >= last.on)) last = check
  return last?.running ?? true
}

/**
 * Whether a connection made `months` ago or longer still ran then: eligible when made at least that
 * long before `day`; active when a check on or after that moment (and not after `day`) found it running.
 */
export function durabilityOf(
  connection: Pick<Connection, 'date' | 'checks'>,
  months: number,
  day: string,
): { eligible: boolean; active: boolean; checked: boolean } {
  const due = addMonths(connection.date, months)
  if (due > day) return { eligible: false, active: false, checked: false }
  const later = connection.checks.filter((check) => check.on >= due && check.on <= day)
  return { eligible: true, active: later.some((check) => check.running), checked: later.length > 0 }
}

function durability(connections: readonly Connection[], months: number, day: string): ConnectionDurability {
  const result: ConnectionDurability = { eligible: 0, active: 0, unchecked: 0 }
  for (const connection of connections) {
    const found = durabilityOf(connection, months, day)
    if (!found.eligible) continue
    result.eligible += 1
    if (found.active) result.active += 1
    if (!found.checked) result.unchecked += 1
  }
  return result
}

/**
 * Connections of a programme as of `asOf` (see {@link ConnectionFigures}): those made on or before it,
 * with checks up to it. `residents` resolve the addresses of involved residents.
 */
export function computeConnectionFigures(
  connections: readonly Connection[],
  residents: readonly Resident[],
  asOf: string,
  from: string,
): ConnectionFigures {
  const made = connections.filter((connection) => connection.date <= asOf)
  const residentAddress = new Map(residents.map((resident) => [resident.id, resident.addressId]))
  const addresses = new Set<string>()
  const streets = new Set<string>()
  const byKind = Object.fromEntries(connectionKinds.map((kind) => [kind, 0])) as Record<
    ConnectionKind,
    number
  >
  let running = 0
  for (const connection of made) {
    byKind[connection.kind] += 1
    if (connectionRunsOn(connection, asOf)) running += 1
    for (const id of connection.addressIds) addresses.add(id)
    for (const id of connection.residentIds) {
      const address = residentAddress.get(id)
      if (address !== undefined) addresses.add(address)
    }
    for (const id of connection.streetIds) streets.add(id)
  }
  return {
    made: made.length,
    madeInPeriod: made.filter((connection) => connection.date >= from).length,
    running,
    after3Months: durability(made, 3, asOf),
    after6Months: durability(made, 6, asOf),
    addresses: addresses.size,
    streets: streets.size,
    byKind,
    fromIdea: made.filter((connection) => connection.ideaId !== undefined).length,
    fromSignal: made.filter((connection) => connection.signalId !== undefined).length,
  }
}

/** Months after which a running connection is due for a new check. */
export const CONNECTION_CHECK_MONTHS = 3

/**
 * True when a connection ran at its last check (or was never checked) and that check, or else the day
 * it was made, lies {@link CONNECTION_CHECK_MONTHS} months or more before `today`: time to ask again.
 */
export function connectionCheckDue(connection: Pick<Connection, 'date' | 'checks'>, today: string): boolean {
  if (!connectionRunsOn(connection, today)) return false
  const last = connection.checks.reduce(
    (latest, check) => (check.on > latest ? check.on : latest),
    connection.date,
  )
  return addMonths(last, CONNECTION_CHECK_MONTHS) <= today
}
