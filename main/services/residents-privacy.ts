import { foldText } from '../../shared/domain/fold-text'
import { connectionRunsOn } from '../../shared/domain/connection-figures'
import { type StoreData } from '../../shared/model'
import { type AccessResidentFacts } from '../../shared/reports'
import { clearSignalPersonalData } from './signal-retention-service'

/** Replaces a name in a text; answers the new text and whether it changed (privacy-service's `redact`). */
export type Redact = (text: string, name: string) => [string, boolean]

/** What an erasure did to active residents, connections and signals. */
export interface ResidentsErasure {
  residentsCleared: number
  connectionsCleared: number
  signalsCleared: number
  notesRedacted: number
}

const fold = foldText

/** Addresses of the programme's active residents recorded under `name`: an erasure by name covers them too. */
export function residentAddressesNamed(
  data: Readonly<StoreData>,
  programmeId: string,
  name: string,
): string[] {
  if (!name) return []
  return data.residents
    .filter((r) => r.programmeId === programmeId && r.addressId !== undefined && fold(r.name) === fold(name))
    .map((r) => r.addressId as string)
}

/**
 * Erases a resident from the "bewoners aan zet" records, inside the privacy erase: residents at the
 * target addresses (or recorded under the name) lose their name, consent and address link and get the
 * street's pseudonym back (their roles keep counting); connections lose those addresses and residents;
 * signals at those addresses keep only what is kept without consent (category, street, day) plus their
 * route and status; and the name is replaced in every other connection description, signal note and
 * pseudonym of the programme.
 */
export function eraseResidentsData(
  data: StoreData,
  programmeId: string,
  targets: ReadonlySet<string>,
  name: string,
  now: string,
  redact: Redact,
): ResidentsErasure {
  const outcome: ResidentsErasure = {
    residentsCleared: 0,
    connectionsCleared: 0,
    signalsCleared: 0,
    notesRedacted: 0,
  }
  const streetNames = new Map(data.streets.map((street) => [street.id, street.name]))
  const clearedResidents = new Set<string>()
  for (const resident of data.residents) {
    if (resident.programmeId !== programmeId) continue
    const linked = resident.addressId !== undefined && targets.has(resident.addressId)
    if (linked || (name && fold(resident.name) === fold(name))) {
      clearedResidents.add(resident.id)
      outcome.residentsCleared += 1
      Object.assign(resident, {
        name: '',
        consentToBeNamed: false,
        pseudonym: `Bewoner ${streetNames.get(resident.streetId) ?? ''}`.trim(),
        updatedAt: now,
      })
      delete resident.addressId
    } else if (name) {
      const [pseudonym, changed] = redact(resident.pseudonym, name)
      if (changed) {
        resident.pseudonym = pseudonym
        outcome.notesRedacted += 1
      }
    }
  }
  for (const connection of data.connections) {
    if (connection.programmeId !== programmeId) continue
    const addressIds = connection.addressIds.filter((id) => !targets.has(id))
    const residentIds = connection.residentIds.filter((id) => !clearedResidents.has(id))
    if (
      addressIds.length !== connection.addressIds.length ||
      residentIds.length !== connection.residentIds.length
    ) {
      Object.assign(connection, { addressIds, residentIds, updatedAt: now })
      outcome.connectionsCleared += 1
    }
    if (name) {
      const [description, changed] = redact(connection.description, name)
      if (changed) {
        connection.description = description
        outcome.notesRedacted += 1
      }
    }
  }
  for (const signal of data.signals) {
    if (signal.programmeId !== programmeId) continue
    if (signal.addressId !== undefined && targets.has(signal.addressId)) {
      clearSignalPersonalData(signal)
      signal.updatedAt = now
      outcome.signalsCleared += 1
    } else if (name) {
      const [note, changed] = redact(signal.note, name)
      if (changed) {
        signal.note = note
        outcome.notesRedacted += 1
      }
    }
  }
  return outcome
}

/** True when a backup's data still holds residents, connection links or signals of the erased addresses. */
export function backupHoldsResidentsData(data: Partial<StoreData>, addressIds: ReadonlySet<string>): boolean {
  const residents = (data.residents ?? []).some(
    (r) => r.addressId !== undefined && addressIds.has(r.addressId),
  )
  const connections = (data.connections ?? []).some((c) =>
    (c.addressIds ?? []).some((id) => addressIds.has(id)),
  )
  const signals = (data.signals ?? []).some((s) => s.addressId !== undefined && addressIds.has(s.addressId))
  return residents || connections || signals
}

/** Everything about an address as active resident, in connections and in signals, for an access request. */
export function residentsAccessFacts(
  data: Readonly<StoreData>,
  addressId: string,
  today: string,
): AccessResidentFacts {
  const residents = data.residents.filter((r) => r.addressId === addressId && !r.deletedAt)
  const residentIds = new Set(residents.map((r) => r.id))
  const ideaTitle = (id: string | undefined) =>
    id === undefined ? '' : (data.ideas.find((i) => i.id === id)?.title ?? '')
  const partnerName = (id: string | undefined) =>
    id === undefined ? '' : (data.partners.find((p) => p.id === id)?.name ?? '')
  return {
    residents: residents.map((r) => ({
      pseudonym: r.pseudonym,
      name: r.name,
      consentToBeNamed: r.consentToBeNamed,
      roles: r.roles.map((role) => ({
        role: role.role,
        ideaTitle: ideaTitle(role.ideaId),
        start: role.start,
        ...(role.end === undefined ? {} : { end: role.end }),
      })),
    })),
    connections: data.connections
      .filter(
        (c) =>
          !c.deletedAt &&
          (c.addressIds.includes(addressId) || c.residentIds.some((id) => residentIds.has(id))),
      )
      .map((c) => ({
        kind: c.kind,
        date: c.date,
        description: c.description,
        running: connectionRunsOn(c, today),
        checks: c.checks.map((check) => ({ on: check.on, running: check.running })),
      })),
    signals: data.signals
      .filter((s) => s.addressId === addressId && !s.deletedAt)
      .map((s) => ({
        category: s.category,
        date: s.date,
        consent: s.consent,
        ...(s.consentHow ? { consentHow: s.consentHow } : {}),
        ...(s.consentOn ? { consentOn: s.consentOn } : {}),
        ...(s.route ? { route: s.route } : {}),
        partnerName: partnerName(s.handover?.partnerId),
        ...(s.handover ? { handoverDate: s.handover.date } : {}),
        contactPerson: s.handover?.contactPerson ?? '',
        status: s.status,
        history: s.history.map((entry) => ({ status: entry.status, on: entry.on })),
        note: s.note,
      })),
  }
}

/** The access request's JSON parts on active residents, connections and signals, with Dutch keys. */
export function residentsAccessJson(facts: Partial<AccessResidentFacts>) {
  return {
    actieveBewoner: (facts.residents ?? []).map((r) => ({
      schuilnaam: r.pseudonym,
      naam: r.name,
      toestemmingGenoemdTeWorden: r.consentToBeNamed,
      rollen: r.roles.map((role) => ({
        rol: role.role,
        idee: role.ideaTitle,
        vanaf: role.start,
        tot: role.end ?? '',
      })),
    })),
    verbindingen: (facts.connections ?? []).map((c) => ({
      soort: c.kind,
      datum: c.date,
      omschrijving: c.description,
      looptNog: c.running,
      controles: c.checks.map((check) => ({ datum: check.on, looptNog: check.running })),
    })),
    signalen: (facts.signals ?? []).map((s) => ({
      soort: s.category,
      datum: s.date,
      toestemming: s.consent,
      toestemmingHoe: s.consentHow ?? '',
      toestemmingWanneer: s.consentOn ?? '',
      route: s.route ?? '',
      overgedragenAan: s.partnerName,
      overgedragenOp: s.handoverDate ?? '',
      contactpersoon: s.contactPerson,
      status: s.status,
      verloop: s.history.map((entry) => ({ status: entry.status, datum: entry.on })),
      notitie: s.note,
    })),
  }
}
