import { type ApiParsedInput, type PartnerListItem } from '../../shared/api'
import { daysBetween } from '../../shared/domain/day-math'
import { type Partner, type TeamMember } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** partner.* and team.*: the organisations ideas go to, and the coach's own team. */
export function createPartnerService({ stores, clock, newId }: ServiceDeps) {
  return {
    'partner.list': async ({ programmeId }: ApiParsedInput<'partner.list'>): Promise<PartnerListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const today = localDate(clock)
      const partners = data.partners.filter((p) => p.programmeId === programmeId && !p.deletedAt)
      const byPartner = new Map<string, PartnerListItem>(
        partners.map((partner) => [partner.id, { partner, ideas: [], openActions: 0 }]),
      )
      for (const idea of data.ideas) {
        if (idea.programmeId !== programmeId || idea.deletedAt || idea.status === 'samengevoegd') continue
        for (const owner of idea.owners) {
          byPartner.get(owner.partnerId)?.ideas.push({
            ideaId: idea.id,
            title: idea.title,
            status: idea.status,
            since: owner.since,
            ask: owner.ask,
            ...(owner.answeredAt ? { answeredAt: owner.answeredAt } : {}),
            ...(owner.answer ? { answer: owner.answer } : {}),
            waitingDays: Math.max(0, daysBetween(owner.since, owner.answeredAt ?? today)),
          })
        }
      }
      for (const action of data.actions) {
        if (action.programmeId !== programmeId || action.deletedAt || action.done || !action.ownerPartnerId)
          continue
        const item = byPartner.get(action.ownerPartnerId)
        if (item) item.openActions += 1
      }
      const items = [...byPartner.values()]
      // Longest waiting without an answer first within each partner.
      for (const item of items)
        item.ideas.sort(
          (a, b) =>
            Number(Boolean(a.answeredAt)) - Number(Boolean(b.answeredAt)) || b.waitingDays - a.waitingDays,
        )
      return items.sort((a, b) => a.partner.name.localeCompare(b.partner.name, 'nl'))
    },

    'partner.create': async (input: ApiParsedInput<'partner.create'>): Promise<Partner> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        const now = nowIso(clock)
        const partner: Partner = { id: newId(), createdAt: now, updatedAt: now, ...input }
        data.partners.push(partner)
        return partner
      }),

    'partner.update': async ({ partnerId, ...changes }: ApiParsedInput<'partner.update'>): Promise<Partner> =>
      requireStore(stores).update((data) => {
        const partner = findLive(data, 'partners', partnerId)
        if (changes.name !== undefined) partner.name = changes.name
        if (changes.kind !== undefined) partner.kind = changes.kind
        if (changes.contacts !== undefined) partner.contacts = changes.contacts
        if (changes.notes !== undefined) partner.notes = changes.notes
        partner.updatedAt = nowIso(clock)
        return partner
      }),

    'team.list': async ({ programmeId }: ApiParsedInput<'team.list'>): Promise<TeamMember[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      return data.teamMembers
        .filter((m) => m.programmeId === programmeId && !m.deletedAt)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    },

    'team.create': async (input: ApiParsedInput<'team.create'>): Promise<TeamMember> =>
      requireStore(stores).update((data) => {
        findProgramme(data, input.programmeId)
        const now = nowIso(clock)
        const member: TeamMember = { id: newId(), createdAt: now, updatedAt: now, ...input }
        data.teamMembers.push(member)
        return member
      }),

    'team.update': async ({ teamMemberId, ...changes }: ApiParsedInput<'team.update'>): Promise<TeamMember> =>
      requireStore(stores).update((data) => {
        const member = findLive(data, 'teamMembers', teamMemberId)
        if (changes.name !== undefined) member.name = changes.name
        if (changes.role !== undefined) member.role = changes.role
        if (changes.email !== undefined) member.email = changes.email
        if (changes.phone !== undefined) member.phone = changes.phone
        member.updatedAt = nowIso(clock)
        return member
      }),
  }
}
