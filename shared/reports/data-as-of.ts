import { actionDoneOn } from '../domain/action-done'
import { ideaStatusOn } from '../domain/idea-history'
import {
  type Action,
  type Address,
  type ContactMoment,
  type Idea,
  type Partner,
  type Session,
  type Street,
  type TeamMember,
} from '../model'
import { type ReportData } from './report-request'

/** The live entities of one programme, as they stood at the end of a report's period. */
export interface ProgrammeSnapshot {
  streets: Street[]
  addresses: Address[]
  contacts: ContactMoment[]
  sessions: Session[]
  ideas: Idea[]
  actions: Action[]
  partners: Partner[]
  teamMembers: TeamMember[]
}

const live = <T extends { deletedAt?: string; programmeId: string }>(
  list: ReadonlyArray<T>,
  programmeId: string,
): T[] => list.filter((item) => item.programmeId === programmeId && !item.deletedAt)

/**
 * The programme's live data as it stood at the end of `asOf`. When `asOf` is today (or later) this is
 * simply everything live, so figures computed from it equal `stats.programme`. For an earlier day,
 * contact moments after it are left out, ideas collected after it too, ideas get the status they had
 * then, held sessions after it count as still planned, and actions created after it are left out
 * (a done action counts as open when it was done after that day). Streets, addresses and partners are the programme's frame
 * and stay as they are.
 */
export function dataAsOf(
  data: ReportData,
  programmeId: string,
  asOf: string,
  today: string,
): ProgrammeSnapshot {
  const streets = live(data.streets, programmeId)
  const streetIds = new Set(streets.map((street) => street.id))
  const addresses = live(data.addresses, programmeId).filter((address) => streetIds.has(address.streetId))
  const base = {
    streets,
    addresses,
    partners: live(data.partners, programmeId),
    teamMembers: live(data.teamMembers, programmeId),
  }
  const contacts = live(data.contacts, programmeId)
  const sessions = live(data.sessions, programmeId)
  const ideas = live(data.ideas, programmeId)
  const actions = live(data.actions, programmeId)
  if (asOf >= today) return { ...base, contacts, sessions, ideas, actions }
  return {
    ...base,
    contacts: contacts.filter((contact) => contact.date <= asOf),
    sessions: sessions.map((session) =>
      session.date > asOf && session.status === 'gehouden'
        ? { ...session, status: 'gepland' as const, report: undefined }
        : session,
    ),
    ideas: ideas
      .filter((idea) => idea.collectedOn <= asOf)
      .map((idea) => {
        const status = ideaStatusOn(idea, asOf)
        return status === idea.status ? idea : { ...idea, status }
      }),
    actions: actions
      .filter((action) => action.createdAt.slice(0, 10) <= asOf)
      .map((action) => ((actionDoneOn(action) ?? '') > asOf ? { ...action, done: false } : action)),
  }
}
