import { type PartnerKind, type Session, type SessionStatus, type SessionType } from '../model'
import { clockTime, fromDayNumber } from './demo-dates'
import { type DemoContext } from './demo-context'
import { type DemoPeople, partnerOf } from './demo-people'
import { type DemoStreetGroup } from './demo-places'
import { DEMO_VENUE, type DemoTeamKey, sessionTexts } from './demo-texts'

/** Partner meetings for the whole programme. */
export interface DemoProgrammeSessions {
  kickOff: Session
  intake: Session
  followUp: Session
}

/** The sessions of one group of four streets. */
export interface DemoGroupSessions {
  /** The first door-to-door round of each street (same order as the group's streets). */
  round1: Session[]
  /** The second round through all four streets. */
  round2: Session
  kitchenTable: Session
  residentsEvening: Session
  streetTalk: Session
  ideaMarket: Session
  feedback: Session
}

interface SessionPlan {
  type: SessionType
  title: string
  day: number
  start: number
  end: number
  location: string
  streetIds: string[]
  team: DemoTeamKey[]
  invited: PartnerKind[]
  goal: string
  status: SessionStatus
  /** For held sessions: attendees, partners who came, notes. */
  report?: { attendees: number; attending: PartnerKind[]; notes: string }
}

const ALL_PARTNERS: PartnerKind[] = [
  'gemeente',
  'woningcorporatie',
  'sociaal-team',
  'cjg',
  'welzijn',
  'politie',
  'dorpsgericht-werken',
]
/** Days after the start of the programme of the first round in each of the four streets. */
const ROUND1_DAYS = [24, 38, 59, 73] as const

function buildSession(ctx: DemoContext, people: DemoPeople, plan: SessionPlan): Session {
  const createdDay = Math.max(ctx.startDay, Math.min(plan.day - 14, ctx.todayDay - 3))
  const updatedDay =
    plan.status === 'gehouden' ? plan.day : plan.status === 'geannuleerd' ? plan.day - 1 : createdDay
  const session: Session = ctx.entity(
    {
      type: plan.type,
      title: plan.title,
      date: fromDayNumber(plan.day),
      startTime: clockTime(plan.start),
      endTime: clockTime(plan.end),
      location: plan.location,
      streetIds: plan.streetIds,
      teamMemberIds: plan.team.map((key) => people.team[key].id),
      invitedPartnerIds: plan.invited.map((kind) => partnerOf(people, kind).id),
      goal: plan.goal,
      status: plan.status,
      // A changed (held or cancelled) session has been saved again since it was planned.
      revision: updatedDay === createdDay ? 0 : 1,
    },
    createdDay,
    updatedDay,
    10 * 60,
  )
  if (plan.report) {
    session.report = {
      attendees: plan.report.attendees,
      attendingPartnerIds: plan.report.attending.map((kind) => partnerOf(people, kind).id),
      notes: plan.report.notes,
      completedAt: ctx.stamp(plan.day, plan.end + 30),
    }
  }
  return session
}

/** The three partner meetings: a kick-off, bringing ideas in, and a planned follow-up in about five weeks. */
export function generateProgrammeSessions(ctx: DemoContext, people: DemoPeople): DemoProgrammeSessions {
  const meeting = (
    title: string,
    day: number,
    goal: string,
    status: SessionStatus,
    report?: SessionPlan['report'],
  ): Session =>
    buildSession(ctx, people, {
      type: 'partneroverleg',
      title,
      day,
      start: 9 * 60 + 30,
      end: 11 * 60 + 30,
      location: 'Gemeentehuis Oldebroek',
      streetIds: [],
      team: ['coach'],
      invited: ALL_PARTNERS,
      goal,
      status,
      report,
    })
  const { kickOff, intake, followUp } = sessionTexts
  return {
    kickOff: meeting(kickOff.title, ctx.startDay + 10, kickOff.goal, 'gehouden', {
      attendees: 9,
      attending: [
        'gemeente',
        'woningcorporatie',
        'sociaal-team',
        'welzijn',
        'politie',
        'dorpsgericht-werken',
      ],
      notes: kickOff.notes,
    }),
    intake: meeting(intake.title, ctx.startDay + 157, intake.goal, 'gehouden', {
      attendees: 10,
      attending: ALL_PARTNERS,
      notes: intake.notes,
    }),
    followUp: meeting(followUp.title, ctx.todayDay + 37, followUp.goal, 'gepland'),
  }
}

/**
 * The sessions of one group of streets: a first door-to-door round per street, a kitchen-table talk, a
 * residents' evening, a street talk that was cancelled, a second round, an idea market, and a feedback
 * evening planned two to four weeks ahead. Door-to-door reports get their attendees from the contacts.
 */
export function generateGroupSessions(
  ctx: DemoContext,
  people: DemoPeople,
  group: DemoStreetGroup,
): DemoGroupSessions {
  const shift = group.index === 0 ? 0 : ctx.rng.int(-8, 8)
  const day = (offset: number): number => ctx.startDay + offset + shift
  const streets = group.streets
  const allIds = streets.map((s) => s.id)
  const first = streets[0]?.name ?? ''
  const last = streets[streets.length - 1]?.name ?? ''
  const suffix = group.index === 0 ? '' : ` — ${first} e.o.`
  const texts = sessionTexts
  const make = (plan: SessionPlan): Session => buildSession(ctx, people, plan)

  const round1 = streets.map((street, j) =>
    make({
      type: 'deur-aan-deur',
      title: `Deur-aan-deur ronde ${street.name}`,
      day: day(ROUND1_DAYS[j] ?? 80 + j),
      start: 16 * 60,
      end: 19 * 60,
      location: `${street.name}, ${street.place}`,
      streetIds: [street.id],
      team: ['coach', 'buurtwerker'],
      invited: [],
      goal: texts.round.goal,
      status: 'gehouden',
      report: { attendees: 0, attending: [], notes: '' },
    }),
  )
  return {
    round1,
    kitchenTable: make({
      type: 'keukentafel',
      title: `Keukentafelgesprek ${first}`,
      day: day(52),
      start: 10 * 60,
      end: 11 * 60 + 30,
      location: `Bij een bewoner aan de ${first}`,
      streetIds: allIds.slice(0, 2),
      team: ['coach'],
      invited: ['sociaal-team'],
      goal: texts.kitchenTable.goal,
      status: 'gehouden',
      report: { attendees: 6, attending: ['sociaal-team'], notes: texts.kitchenTable.notes },
    }),
    residentsEvening: make({
      type: 'bewonersavond',
      title: `Bewonersavond in het dorpshuis${suffix}`,
      day: day(94),
      start: 19 * 60 + 30,
      end: 21 * 60 + 30,
      location: DEMO_VENUE,
      streetIds: allIds,
      team: ['coach', 'buurtwerker', 'vrijwilliger'],
      invited: ['gemeente', 'politie', 'welzijn', 'dorpsgericht-werken'],
      goal: texts.residentsEvening.goal,
      status: 'gehouden',
      report: {
        attendees: ctx.rng.int(26, 44),
        attending: ['gemeente', 'politie', 'welzijn'],
        notes: texts.residentsEvening.notes,
      },
    }),
    streetTalk: make({
      type: 'straatgesprek',
      title: `Straatgesprek op het speelveld ${last}`,
      day: day(108),
      start: 14 * 60,
      end: 16 * 60,
      location: `Speelveld ${last}`,
      streetIds: allIds.slice(-1),
      team: ['coach', 'vrijwilliger'],
      invited: [],
      goal: `${texts.streetTalk.goal} ${texts.streetTalk.cancelled}`,
      status: 'geannuleerd',
    }),
    round2: make({
      type: 'deur-aan-deur',
      title: `Tweede ronde ${streets.map((s) => s.name).join(', ')}`,
      day: day(122),
      start: 18 * 60 + 30,
      end: 20 * 60 + 30,
      location: streets[0]?.place ?? '',
      streetIds: allIds,
      team: ['coach', 'buurtwerker'],
      invited: [],
      goal: texts.secondRound.goal,
      status: 'gehouden',
      report: { attendees: 0, attending: [], notes: '' },
    }),
    ideaMarket: make({
      type: 'ideeenmarkt',
      title: `Ideeënmarkt${suffix}`,
      day: day(143),
      start: 13 * 60,
      end: 16 * 60,
      location: DEMO_VENUE,
      streetIds: allIds,
      team: ['coach', 'buurtwerker', 'vrijwilliger'],
      invited: ['gemeente', 'welzijn', 'woningcorporatie', 'cjg'],
      goal: texts.ideaMarket.goal,
      status: 'gehouden',
      report: {
        attendees: ctx.rng.int(35, 55),
        attending: ['gemeente', 'welzijn'],
        notes: texts.ideaMarket.notes,
      },
    }),
    feedback: make({
      type: 'terugkoppeling',
      title: `Terugkoppelavond: wat is er met de ideeën gebeurd?${suffix}`,
      day: ctx.todayDay + 16 + shift,
      start: 19 * 60 + 30,
      end: 21 * 60,
      location: DEMO_VENUE,
      streetIds: allIds,
      team: ['coach', 'buurtwerker', 'vrijwilliger'],
      invited: ['gemeente', 'woningcorporatie', 'sociaal-team'],
      goal: texts.feedback.goal,
      status: 'gepland',
    }),
  }
}

/** Fills in the report of a door-to-door round once its contacts are known. */
export function completeRoundReport(
  session: Session,
  conversations: number,
  notes: (conversations: number) => string,
): void {
  if (session.report) {
    session.report.attendees = conversations
    session.report.notes = notes(conversations)
  }
}
