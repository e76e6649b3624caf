import {
  type Action,
  type Address,
  type Area,
  type Connection,
  type ContactMoment,
  type Idea,
  isRealDate,
  type Partner,
  type Programme,
  type Resident,
  type Session,
  type Signal,
  type Street,
  type TeamMember,
} from '../model'
import { defaultThemes } from '../domain/themes'
import { generateGroupActions } from './demo-actions'
import { generateGroupContacts } from './demo-contacts'
import { createDemoContext } from './demo-context'
import { fromDayNumber, toDayNumber } from './demo-dates'
import { generateGroupIdeas } from './demo-ideas'
import { generatePeople } from './demo-people'
import { generatePlaces } from './demo-places'
import { generateGroupResidents } from './demo-residents'
import { generateGroupSessions, generateProgrammeSessions } from './demo-sessions'
import { DEMO_GEMEENTE, DEMO_PROGRAMME_NAME, demoDescription } from './demo-texts'
import { createRandom } from './random'

/** How to generate the demo programme. */
export interface DemoOptions {
  /** 1..100: scale N has N × 4 streets, N × 150 addresses, N × 30 ideas. Default 1. */
  scale?: number
  /** The coach's local date (`yyyy-MM-dd`); every date in the demo is relative to it. */
  today: string
  /** The current moment (ISO); no timestamp in the demo lies after it. */
  now: string
  /** Id generator; by default UUID-v4-formatted ids drawn from the seed, so the output is reproducible. */
  newId?: () => string
  /** Seed of the pseudo-random generator. */
  seed?: number
}

/** Everything the demo programme consists of, ready to add to the store. */
export interface DemoData {
  programme: Programme
  teamMembers: TeamMember[]
  partners: Partner[]
  areas: Area[]
  streets: Street[]
  addresses: Address[]
  contacts: ContactMoment[]
  sessions: Session[]
  ideas: Idea[]
  actions: Action[]
  /** Active residents (bewoners aan zet) with their roles on the ideas. */
  residents: Resident[]
  /** Connections between neighbours, grown from ideas and signals. */
  connections: Connection[]
  /** Individual signals, with and without consent. */
  signals: Signal[]
}

/** The seed used when none is given. */
export const DEFAULT_DEMO_SEED = 8096
/** The demo programme started this many days (about six months) before today. */
export const DEMO_DAYS_SINCE_START = 182

/**
 * Generates the demo programme "Oldebroek Voor Mekaar — Krachtstroom", modelled on the reference case
 * (gemeente Oldebroek: 4 streets, 150 addresses, 30 ideas) with fictional streets and residents.
 * Deterministic: the same options give deep-equal output. At scale N it has N × 4 streets in
 * ceil(N / 10) areas, N × 150 addresses, N × 30 ideas, N × 10 + 3 sessions, N × 10 actions and about
 * N × 400 contact moments, and per group of four streets 17 active residents, 7 connections between
 * neighbours and 14 signals (4 of them without consent, only counted). Every entity is valid against its schema in shared/model.
 *
 * @throws RangeError when scale is not a whole number from 1 to 100, or today/now are not valid.
 */
export function generateDemo(options: DemoOptions): DemoData {
  const scale = options.scale ?? 1
  if (!Number.isInteger(scale) || scale < 1 || scale > 100)
    throw new RangeError('De schaal van de demo moet een heel getal van 1 tot en met 100 zijn.')
  if (!isRealDate(options.today)) throw new RangeError(`Geen geldige datum voor vandaag: ${options.today}`)
  const nowMs = Date.parse(options.now)
  if (Number.isNaN(nowMs)) throw new RangeError(`Geen geldig tijdstip: ${options.now}`)

  const seed = (options.seed ?? DEFAULT_DEMO_SEED) >>> 0
  const idRandom = createRandom((seed ^ 0x5bd1e995) >>> 0)
  const newId = options.newId ?? (() => idRandom.uuid())
  const todayDay = toDayNumber(options.today)
  const startDay = todayDay - DEMO_DAYS_SINCE_START
  const ctx = createDemoContext({
    rng: createRandom(seed),
    newId,
    programmeId: newId(),
    todayDay,
    startDay,
    nowIso: new Date(nowMs).toISOString(),
  })

  const people = generatePeople(ctx)
  const { areas, groups } = generatePlaces(ctx, scale)
  const programmeSessions = generateProgrammeSessions(ctx, people)
  const sessions: Session[] = [
    programmeSessions.kickOff,
    programmeSessions.intake,
    programmeSessions.followUp,
  ]
  const contacts: ContactMoment[] = []
  const ideas: Idea[] = []
  const actions: Action[] = []
  const worked: Array<Parameters<typeof generateGroupResidents>> = []
  for (const group of groups) {
    const groupSessions = generateGroupSessions(ctx, people, group)
    sessions.push(
      ...groupSessions.round1,
      groupSessions.kitchenTable,
      groupSessions.residentsEvening,
      groupSessions.streetTalk,
      groupSessions.round2,
      groupSessions.ideaMarket,
      groupSessions.feedback,
    )
    const groupContacts = generateGroupContacts(ctx, people, group, groupSessions)
    for (const contact of groupContacts.contacts) contacts.push(contact)
    const groupIdeas = generateGroupIdeas(ctx, people, group, groupSessions, groupContacts.reached)
    ideas.push(...groupIdeas)
    actions.push(...generateGroupActions(ctx, people, groupIdeas, groupSessions, programmeSessions))
    worked.push([ctx, people, group, groupSessions, groupIdeas, groupContacts.reached])
  }
  // After all groups, so the streets, contacts and ideas stay exactly as they were before residents existed.
  const residents: Resident[] = []
  const connections: Connection[] = []
  const signals: Signal[] = []
  for (const args of worked) {
    const carried = generateGroupResidents(...args)
    residents.push(...carried.residents)
    connections.push(...carried.connections)
    signals.push(...carried.signals)
  }
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))

  const streets = groups.flatMap((group) => group.streets)
  const addresses = groups.flatMap((group) => group.addresses.flat())
  const programme: Programme = {
    id: ctx.programmeId,
    createdAt: ctx.stamp(startDay, 9 * 60),
    updatedAt: ctx.stamp(startDay, 9 * 60),
    name: DEMO_PROGRAMME_NAME,
    gemeente: DEMO_GEMEENTE,
    description: demoDescription(
      streets.length,
      addresses.length,
      areas.map((area) => area.name),
    ),
    period: { start: fromDayNumber(startDay), end: fromDayNumber(startDay + 364) },
    goals: {
      addresses: 150 * scale,
      conversations: 250 * scale,
      ideas: 30 * scale,
      ideasRealised: 8 * scale,
      activeResidents: 15 * scale,
      connections: 8 * scale,
    },
    themes: defaultThemes(),
    isDemo: true,
  }
  return {
    programme,
    teamMembers: people.teamMembers,
    partners: people.partners,
    areas,
    streets,
    addresses,
    contacts,
    sessions,
    ideas,
    actions,
    residents,
    connections,
    signals,
  }
}
