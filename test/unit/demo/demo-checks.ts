import { isDeepStrictEqual } from 'node:util'
import { type z } from 'zod'
import { type DemoData } from '../../../shared/demo/generate-demo'
import {
  actionSchema,
  addressSchema,
  areaSchema,
  connectionSchema,
  contactMomentSchema,
  ideaSchema,
  partnerSchema,
  programmeSchema,
  residentSchema,
  sessionSchema,
  signalConsentIssues,
  signalSchema,
  streetSchema,
  teamMemberSchema,
} from '../../../shared/model'

/** Fixed moment the demo tests generate for. */
export const TODAY = '2026-05-14'
export const NOW = '2026-05-14T07:45:00.000Z'

/**
 * Every entity parsed with its schema; returns the problems (empty when all are valid and parsing
 * changes nothing, so no default or transform was needed).
 */
export function schemaProblems(demo: DemoData): string[] {
  const problems: string[] = []
  const check = (name: string, schema: z.ZodType, items: readonly unknown[]) => {
    items.forEach((item, index) => {
      const result = schema.safeParse(item)
      if (!result.success) problems.push(`${name}[${index}]: ${result.error.message}`)
      else if (!isDeepStrictEqual(result.data, item))
        problems.push(`${name}[${index}]: parsing changed the entity`)
    })
  }
  check('programme', programmeSchema, [demo.programme])
  check('teamMembers', teamMemberSchema, demo.teamMembers)
  check('partners', partnerSchema, demo.partners)
  check('areas', areaSchema, demo.areas)
  check('streets', streetSchema, demo.streets)
  check('addresses', addressSchema, demo.addresses)
  check('contacts', contactMomentSchema, demo.contacts)
  check('sessions', sessionSchema, demo.sessions)
  check('ideas', ideaSchema, demo.ideas)
  check('actions', actionSchema, demo.actions)
  check('residents', residentSchema, demo.residents)
  check('connections', connectionSchema, demo.connections)
  check('signals', signalSchema, demo.signals)
  return problems
}

/** Every id reference in the demo that does not resolve (or points at the wrong kind of thing). */
export function referenceProblems(demo: DemoData): string[] {
  const problems: string[] = []
  const programmeId = demo.programme.id
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]))
  const areas = byId(demo.areas)
  const streets = byId(demo.streets)
  const addresses = byId(demo.addresses)
  const sessions = byId(demo.sessions)
  const ideas = byId(demo.ideas)
  const team = byId(demo.teamMembers)
  const partners = byId(demo.partners)
  const fail = (message: string) => problems.push(message)

  const all = [
    demo.teamMembers,
    demo.partners,
    demo.areas,
    demo.streets,
    demo.addresses,
    demo.contacts,
    demo.sessions,
    demo.ideas,
    demo.actions,
    demo.residents,
    demo.connections,
    demo.signals,
  ]
  for (const list of all)
    for (const item of list) if (item.programmeId !== programmeId) fail(`${item.id}: other programme`)
  const ids = [demo.programme.id, ...all.flatMap((list) => list.map((item) => item.id))]
  if (new Set(ids).size !== ids.length) fail('ids are not unique')

  for (const street of demo.streets)
    if (street.areaId && !areas.has(street.areaId)) fail(`street ${street.id}: area`)
  for (const address of demo.addresses)
    if (!streets.has(address.streetId)) fail(`address ${address.id}: street`)
  for (const contact of demo.contacts) {
    const address = addresses.get(contact.addressId)
    if (!address) fail(`contact ${contact.id}: address`)
    else if (address.streetId !== contact.streetId)
      fail(`contact ${contact.id}: street differs from its address`)
    if (contact.teamMemberId && !team.has(contact.teamMemberId)) fail(`contact ${contact.id}: team member`)
    if (contact.sessionId) {
      const session = sessions.get(contact.sessionId)
      if (!session) fail(`contact ${contact.id}: session`)
      else if (
        session.type !== 'deur-aan-deur' ||
        !session.streetIds.includes(contact.streetId) ||
        session.date !== contact.date
      )
        fail(`contact ${contact.id}: not in a door-to-door round of its street on that day`)
    }
  }
  for (const session of demo.sessions) {
    for (const streetId of session.streetIds)
      if (!streets.has(streetId)) fail(`session ${session.id}: street`)
    for (const memberId of session.teamMemberIds)
      if (!team.has(memberId)) fail(`session ${session.id}: team member`)
    for (const partnerId of [...session.invitedPartnerIds, ...(session.report?.attendingPartnerIds ?? [])])
      if (!partners.has(partnerId)) fail(`session ${session.id}: partner`)
  }
  for (const idea of demo.ideas) {
    if (idea.streetId && !streets.has(idea.streetId)) fail(`idea ${idea.id}: street`)
    if (idea.addressId && addresses.get(idea.addressId)?.streetId !== idea.streetId)
      fail(`idea ${idea.id}: address not in its street`)
    if (idea.sessionId && !sessions.has(idea.sessionId)) fail(`idea ${idea.id}: session`)
    for (const owner of idea.owners) if (!partners.has(owner.partnerId)) fail(`idea ${idea.id}: owner`)
    for (const initiator of idea.initiators)
      if (initiator.addressId && addresses.get(initiator.addressId)?.streetId !== idea.streetId)
        fail(`idea ${idea.id}: initiator address`)
    if (idea.mergedIntoId && (!ideas.has(idea.mergedIntoId) || idea.mergedIntoId === idea.id))
      fail(`idea ${idea.id}: merged into`)
  }
  for (const action of demo.actions) {
    if (action.ownerTeamMemberId && !team.has(action.ownerTeamMemberId))
      fail(`action ${action.id}: team owner`)
    if (action.ownerPartnerId && !partners.has(action.ownerPartnerId))
      fail(`action ${action.id}: partner owner`)
    if (!action.ownerTeamMemberId && !action.ownerPartnerId) fail(`action ${action.id}: no owner`)
    if (action.ideaId && !ideas.has(action.ideaId)) fail(`action ${action.id}: idea`)
    if (action.sessionId && !sessions.has(action.sessionId)) fail(`action ${action.id}: session`)
  }
  problems.push(...residentReferenceProblems(demo))
  return problems
}

/** References of the active residents, connections and signals: each to a live thing of the right street. */
function residentReferenceProblems(demo: DemoData): string[] {
  const problems: string[] = []
  const fail = (message: string) => problems.push(message)
  const addresses = new Map(demo.addresses.map((a) => [a.id, a]))
  const ideas = new Map(demo.ideas.map((i) => [i.id, i]))
  const residents = new Map(demo.residents.map((r) => [r.id, r]))
  const signals = new Map(demo.signals.map((s) => [s.id, s]))
  const connections = new Map(demo.connections.map((c) => [c.id, c]))
  const partners = new Map(demo.partners.map((p) => [p.id, p]))
  const streetIds = new Set(demo.streets.map((s) => s.id))
  const sessions = new Map(demo.sessions.map((s) => [s.id, s]))
  for (const resident of demo.residents) {
    if (!streetIds.has(resident.streetId)) fail(`resident ${resident.id}: street`)
    if (resident.addressId && addresses.get(resident.addressId)?.streetId !== resident.streetId)
      fail(`resident ${resident.id}: address not in its street`)
    for (const role of resident.roles)
      if (role.ideaId && !ideas.has(role.ideaId)) fail(`resident ${resident.id}: idea`)
  }
  for (const connection of demo.connections) {
    const streets = new Set([
      ...connection.addressIds.map((id) => addresses.get(id)?.streetId),
      ...connection.residentIds.map((id) => residents.get(id)?.streetId),
    ])
    if ([...streets].some((id) => id === undefined || !connection.streetIds.includes(id)))
      fail(`connection ${connection.id}: party not found or street missing`)
    if (connection.ideaId && !ideas.has(connection.ideaId)) fail(`connection ${connection.id}: idea`)
    if (connection.signalId && signals.get(connection.signalId)?.connectionId !== connection.id)
      fail(`connection ${connection.id}: signal does not link back`)
  }
  for (const signal of demo.signals) {
    if (!streetIds.has(signal.streetId)) fail(`signal ${signal.id}: street`)
    if (signal.addressId && addresses.get(signal.addressId)?.streetId !== signal.streetId)
      fail(`signal ${signal.id}: address not in its street`)
    if (signal.handover && !partners.has(signal.handover.partnerId)) fail(`signal ${signal.id}: partner`)
    if (signal.connectionId && connections.get(signal.connectionId)?.signalId !== signal.id)
      fail(`signal ${signal.id}: connection does not link back`)
    if (signal.sessionId && !sessions.get(signal.sessionId)?.streetIds.includes(signal.streetId))
      fail(`signal ${signal.id}: session not in its street`)
    for (const issue of signalConsentIssues(signal))
      fail(`signal ${signal.id}: ${issue.path} ${issue.message}`)
  }
  return problems
}

/** Entities whose timestamps lie after `now` or whose updatedAt comes before createdAt. */
export function timestampProblems(demo: DemoData, now: string): string[] {
  const problems: string[] = []
  const entities = [
    demo.programme,
    ...demo.teamMembers,
    ...demo.partners,
    ...demo.areas,
    ...demo.streets,
    ...demo.addresses,
    ...demo.contacts,
    ...demo.sessions,
    ...demo.ideas,
    ...demo.actions,
    ...demo.residents,
    ...demo.connections,
    ...demo.signals,
  ]
  for (const entity of entities) {
    if (entity.createdAt > now || entity.updatedAt > now) problems.push(`${entity.id}: after now`)
    if (entity.updatedAt < entity.createdAt) problems.push(`${entity.id}: updated before created`)
  }
  return problems
}
