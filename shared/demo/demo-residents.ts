import {
  type Address,
  type Connection,
  type Idea,
  type Resident,
  type ResidentRoleEntry,
  type Signal,
  type SignalStatusEntry,
} from '../model'
import { type DemoContext } from './demo-context'
import { fromDayNumber, toDayNumber } from './demo-dates'
import { type DemoPeople, partnerOf } from './demo-people'
import { type DemoStreetGroup } from './demo-places'
import {
  demoConnectionPlans,
  demoResidentPlans,
  demoSignalPlans,
  type DemoSignalPlan,
} from './demo-residents-texts'
import { type DemoGroupSessions } from './demo-sessions'

/** The active residents, connections and signals of one group of four streets. */
export interface DemoGroupResidents {
  residents: Resident[]
  connections: Connection[]
  signals: Signal[]
}

/** Hands out addresses per street, reached ones first, each at most once. */
function addressPool(ctx: DemoContext, group: DemoStreetGroup, reached: readonly Address[][]) {
  const queues = group.streets.map((_, j) => {
    const first = ctx.rng.shuffle(reached[j] ?? [])
    const rest = (group.addresses[j] ?? []).filter((address) => !first.includes(address))
    return [...first, ...rest]
  })
  const used = new Set<string>()
  return {
    claim(address: Address): Address {
      used.add(address.id)
      return address
    },
    take(street: number): Address {
      const next = (queues[street] ?? []).find((address) => !used.has(address.id))
      if (!next) throw new Error('Demo: straat zonder vrij adres')
      used.add(next.id)
      return next
    },
  }
}

function signalDay(ctx: DemoContext, plan: DemoSignalPlan, roundDay: number): number {
  const day =
    plan.atRound === true
      ? roundDay
      : plan.fromToday !== undefined
        ? ctx.todayDay - plan.fromToday
        : roundDay + (plan.after ?? 0)
  return Math.max(ctx.startDay, Math.min(day, ctx.todayDay - 1))
}

/**
 * The "bewoners aan zet" of one group, from the plans in demo-residents-texts.ts: residents with roles
 * on the group's ideas (and buurtcontacts), signals with and without consent (warm handovers to the
 * group's partners, some picked up, some still waiting), and connections that grew from ideas and
 * signals, with checks. Everything lies between the programme's start and yesterday.
 */
export function generateGroupResidents(
  ctx: DemoContext,
  people: DemoPeople,
  group: DemoStreetGroup,
  sessions: DemoGroupSessions,
  ideas: readonly Idea[],
  reached: readonly Address[][],
): DemoGroupResidents {
  const last = ctx.todayDay - 1
  const clamp = (day: number) => Math.min(day, last)
  const pool = addressPool(ctx, group, reached)
  const streetOf = (index: number) => {
    const street = group.streets[index]
    if (!street) throw new Error('Demo: straat ontbreekt')
    return street
  }
  const roundDay = (index: number) => toDayNumber(sessions.round1[index]?.date ?? fromDayNumber(ctx.startDay))

  const residents = demoResidentPlans.map((plan): Resident => {
    const street = streetOf(plan.street)
    const idea = plan.idea === undefined ? undefined : ideas[plan.idea]
    const start = clamp((idea ? toDayNumber(idea.collectedOn) : roundDay(plan.street)) + plan.after)
    const end =
      plan.endsAfter !== undefined && start + plan.endsAfter < last ? start + plan.endsAfter : undefined
    const initiator = plan.atInitiator ? idea?.initiators[0] : undefined
    const home = initiator?.addressId
      ? group.addresses[plan.street]?.find((a) => a.id === initiator.addressId)
      : undefined
    const address = home ? pool.claim(home) : pool.take(plan.street)
    const name = plan.name ?? initiator?.name ?? ''
    const role: ResidentRoleEntry = {
      id: ctx.newId(),
      role: plan.role,
      start: fromDayNumber(start),
      ...(idea ? { ideaId: idea.id } : {}),
      ...(end === undefined ? {} : { end: fromDayNumber(end) }),
    }
    return ctx.entity(
      {
        streetId: street.id,
        addressId: address.id,
        pseudonym: `Bewoner ${street.name}`,
        name,
        consentToBeNamed: name !== '',
        roles: [role],
      },
      start,
      end ?? start,
    )
  })

  const signals = demoSignalPlans.map((plan): Signal => {
    const street = streetOf(plan.street)
    const round = sessions.round1[plan.street]
    const day = signalDay(ctx, plan, roundDay(plan.street))
    const date = fromDayNumber(day)
    if (plan.consent === 'geen')
      return ctx.entity(
        {
          category: plan.category,
          date,
          streetId: street.id,
          consent: 'geen',
          note: '',
          status: 'afgerond',
          history: [],
        },
        day,
      )
    const history: SignalStatusEntry[] = [{ status: 'open', on: date }]
    let previous = day
    const step = (status: SignalStatusEntry['status'], after: number) => {
      previous = Math.max(previous, clamp(day + after))
      history.push({ status, on: fromDayNumber(previous) })
      return previous
    }
    const partner = plan.partner ? partnerOf(people, plan.partner) : undefined
    const handoverDay = partner ? step('overgedragen', plan.handoverAfter ?? 0) : undefined
    for (const [status, after] of plan.steps ?? []) step(status, after)
    const signal: Signal = ctx.entity(
      {
        category: plan.category,
        date,
        streetId: street.id,
        consent: plan.consent,
        consentHow: 'mondeling' as const,
        consentOn: date,
        addressId: pool.take(plan.street).id,
        note: plan.note ?? '',
        status: history[history.length - 1]?.status ?? 'open',
        history,
      },
      day,
      previous,
    )
    if (plan.route) signal.route = plan.route
    if (partner && handoverDay !== undefined)
      signal.handover = {
        partnerId: partner.id,
        date: fromDayNumber(handoverDay),
        contactPerson: partner.contacts[0]?.name ?? '',
      }
    if (plan.atRound && round) signal.sessionId = round.id
    return signal
  })

  const connections = demoConnectionPlans.map((plan): Connection => {
    const idea = plan.idea === undefined ? undefined : ideas[plan.idea]
    const signal = plan.signal === undefined ? undefined : signals[plan.signal]
    const pickedUp = signal?.history.find((entry) => entry.status === 'opgepakt')?.on
    const anchor = idea
      ? toDayNumber(idea.collectedOn)
      : signal
        ? toDayNumber(pickedUp ?? signal.date)
        : roundDay(plan.street)
    const day = clamp(anchor + plan.after)
    const involved = plan.residents
      .map((index) => residents[index])
      .filter((r): r is Resident => r !== undefined)
    const addresses = Array.from({ length: plan.addresses }, () => pool.take(plan.street).id)
    if (signal?.addressId) addresses.unshift(signal.addressId)
    // A check planned after today happened yesterday instead: the coach asked around recently.
    const checks = plan.checks.map(([after, running]) => ({ on: fromDayNumber(clamp(day + after)), running }))
    const lastCheck =
      checks.length === 0 ? day : toDayNumber(checks[checks.length - 1]?.on ?? fromDayNumber(day))
    const connection: Connection = ctx.entity(
      {
        kind: plan.kind,
        description: plan.description,
        date: fromDayNumber(day),
        residentIds: involved.map((resident) => resident.id),
        addressIds: addresses,
        streetIds: [...new Set([streetOf(plan.street).id, ...involved.map((resident) => resident.streetId)])],
        checks,
      },
      day,
      lastCheck,
    )
    if (idea) connection.ideaId = idea.id
    if (signal) {
      connection.signalId = signal.id
      signal.connectionId = connection.id
    }
    return connection
  })

  return { residents, connections, signals }
}
