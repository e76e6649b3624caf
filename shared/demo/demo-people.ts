import { type Partner, type PartnerKind, type TeamMember } from '../model'
import { type DemoContext } from './demo-context'
import { demoPartners, demoTeam, type DemoTeamKey } from './demo-texts'

/** The demo's team and partners, with lookups by role and by kind. */
export interface DemoPeople {
  teamMembers: TeamMember[]
  partners: Partner[]
  team: Record<DemoTeamKey, TeamMember>
  partnerByKind: Map<PartnerKind, Partner>
}

/** A team of three (coach, buurtwerker, vrijwilliger) and one partner of each kind in docs/architecture.md. */
export function generatePeople(ctx: DemoContext): DemoPeople {
  const day = ctx.startDay
  const teamMembers: TeamMember[] = []
  const team = {} as Record<DemoTeamKey, TeamMember>
  for (const member of demoTeam) {
    const entity: TeamMember = ctx.entity(
      { name: member.name, role: member.role, email: member.email, phone: member.phone },
      day,
    )
    teamMembers.push(entity)
    team[member.key] = entity
  }
  const partnerByKind = new Map<PartnerKind, Partner>()
  const partners = demoPartners.map((partner): Partner => {
    const entity: Partner = ctx.entity(
      { name: partner.name, kind: partner.kind, contacts: [{ ...partner.contact }], notes: partner.notes },
      day + 1,
    )
    partnerByKind.set(partner.kind, entity)
    return entity
  })
  return { teamMembers, partners, team, partnerByKind }
}

/** The partner of `kind`; the demo has one of every kind it uses. */
export function partnerOf(people: DemoPeople, kind: PartnerKind): Partner {
  const partner = people.partnerByKind.get(kind)
  if (!partner) throw new Error(`Demo heeft geen partner van soort ${kind}`)
  return partner
}
