import { type StoreData } from '../model'
import { countActiveResidents, computeActiveResidentFigures } from './active-resident-figures'
import { computeConnectionFigures } from './connection-figures'
import { endOfMonth, monthsBetween } from './month-math'
import { type ResidentsFigures, type ResidentsMonth } from './residents-figures-types'
import { computeSignalFigures } from './signal-figures'

type FiguresCollection =
  'programmes' | 'streets' | 'ideas' | 'partners' | 'residents' | 'connections' | 'signals'

/** The store collections the "bewoners aan zet" figures read; read-only arrays are fine. */
export type ResidentsFiguresInput = { readonly [K in FiguresCollection]: ReadonlyArray<StoreData[K][number]> }

/** The period the figures describe: up to `asOf`, with "in period" counts from `from`. */
export interface ResidentsFiguresPeriod {
  asOf: string
  /** Default: the programme's start. */
  from?: string
}

const live = <T extends { programmeId: string; deletedAt?: string }>(
  list: ReadonlyArray<T>,
  programmeId: string,
): T[] => list.filter((item) => item.programmeId === programmeId && !item.deletedAt)

/**
 * The "bewoners aan zet" figures of one programme, defined once for the dashboard, the reports and the
 * presentation:
 * - active residents: distinct residents with a role that runs on `asOf` (started on or before it, not
 *   ended before it) on a live idea, or as buurtcontact without an idea; per role, per idea, per street,
 *   the addresses and streets with one, and the live ideas (merged ones left out) with a trekker;
 * - connections made on or before `asOf`, running at their last check, still running 3 and 6 months after
 *   they were made (only for connections that old, by a check that late), addresses and streets involved;
 * - signals recorded on or before `asOf`, as counts only: per category, per route and status (those with
 *   consent), warm handovers with pick-up and waiting time (in total and per partner kind), and per
 *   street only through small-number suppression;
 * - per month from the programme's start (at most 36): active residents at the month's end, connections
 *   made so far and signals recorded in that month.
 * Deleted entities never count.
 *
 * @throws Error when the programme does not exist (or is deleted).
 */
export function computeResidentsFigures(
  data: ResidentsFiguresInput,
  programmeId: string,
  period: ResidentsFiguresPeriod,
): ResidentsFigures {
  const programme = data.programmes.find((p) => p.id === programmeId && !p.deletedAt)
  if (!programme) throw new Error(`Programma ${programmeId} bestaat niet.`)
  const { asOf } = period
  const from = period.from ?? programme.period.start
  const streets = live(data.streets, programmeId)
  const ideas = live(data.ideas, programmeId)
  const residents = live(data.residents, programmeId)
  const connections = live(data.connections, programmeId)
  const signals = live(data.signals, programmeId)
  const partners = live(data.partners, programmeId)
  const liveIdeas = new Set(ideas.map((idea) => idea.id))

  const overTime: ResidentsMonth[] = monthsBetween(programme.period.start, asOf).map((month) => {
    const end = endOfMonth(month)
    const day = end < asOf ? end : asOf
    return {
      month,
      activeResidents: countActiveResidents(residents, day, liveIdeas),
      connectionsMade: connections.filter((connection) => connection.date <= day).length,
      signals: signals.filter((signal) => signal.date.slice(0, 7) === month && signal.date <= day).length,
    }
  })

  return {
    programmeId,
    asOf,
    from,
    residents: computeActiveResidentFigures(residents, ideas, streets, asOf, from),
    connections: computeConnectionFigures(connections, residents, asOf, from),
    signals: computeSignalFigures(
      signals,
      partners,
      streets.map((street) => street.id),
      asOf,
      from,
    ),
    overTime,
    goals: {
      activeResidents: programme.goals.activeResidents ?? 0,
      connections: programme.goals.connections ?? 0,
    },
  }
}
