import { subMonths, format } from 'date-fns'
import { foldText } from '../../shared/domain/fold-text'
import {
  ApiFailure,
  type ApiParsedInput,
  type ErasureResult,
  type PrivacyFile,
  type RetentionItem,
} from '../../shared/api'
import { formatHouseNumber } from '../../shared/domain/house-number'
import { type AccessReportData, buildAccessReport, sanitiseReportModel } from '../../shared/reports'
import { type AuditEntry, type StoreData } from '../../shared/model'
import { renderReportDocx } from '../reports/render-report-docx'
import { appendAudit } from './audit'
import { nowIso } from './clock'
import { findLive } from './entity-lookup'
import { safeFileName } from './file-names'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import {
  backupHoldsResidentsData,
  eraseResidentsData,
  residentAddressesNamed,
  residentsAccessFacts,
  residentsAccessJson,
} from './residents-privacy'
import { type ServiceDeps } from './types'

const fold = foldText
const REDACTED = '[naam verwijderd]'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Replaces every whole-word occurrence of a name, ignoring case; answers the new text and whether it changed. */
function redact(text: string, name: string): [string, boolean] {
  if (!name) return [text, false]
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu')
  const next = text.replace(pattern, REDACTED)
  return [next, next !== text]
}

/** True when a backup's data still holds anything the erasure removed. */
function backupHolds(bytes: Uint8Array, addressIds: ReadonlySet<string>, name: string): boolean {
  const text = new TextDecoder().decode(bytes)
  if (name && fold(text).includes(fold(name))) return true
  let data: Partial<StoreData>
  try {
    data = JSON.parse(text) as Partial<StoreData>
  } catch {
    return false
  }
  const addressHolds = (data.addresses ?? []).some(
    (a) => addressIds.has(a.id) && Boolean(a.residentName || a.phone || a.householdNote),
  )
  const contactHolds = (data.contacts ?? []).some((c) => addressIds.has(c.addressId) && Boolean(c.note))
  const initiatorHolds = (data.ideas ?? []).some((i) =>
    i.initiators?.some((x) => x.addressId && addressIds.has(x.addressId) && x.name),
  )
  return addressHolds || contactHolds || initiatorHolds || backupHoldsResidentsData(data, addressIds)
}

/** privacy.* and audit.list: the coach's AVG duties. */
export function createPrivacyService({ stores, clock, newId }: ServiceDeps) {
  return {
    'privacy.erase': async ({
      programmeId,
      addressId,
      name,
    }: ApiParsedInput<'privacy.erase'>): Promise<ErasureResult> => {
      const store = requireStore(stores)
      const wantedName = name?.trim() ?? ''
      const { result, addressIds } = await store.update((data) => {
        findProgramme(data, programmeId)
        if (
          addressId &&
          findLive(data, 'addresses', addressId, { includeDeleted: true }).programmeId !== programmeId
        ) {
          throw new ApiFailure('VALIDATION_FAILED', 'Adres: hoort bij een ander programma.', 'addressId')
        }
        const targets = new Set<string>(addressId ? [addressId] : [])
        if (wantedName) {
          for (const a of data.addresses)
            if (a.programmeId === programmeId && fold(a.residentName) === fold(wantedName)) targets.add(a.id)
          for (const id of residentAddressesNamed(data, programmeId, wantedName)) targets.add(id)
        }
        const outcome: Omit<ErasureResult, 'backupsStillHolding'> = {
          addressesCleared: 0,
          contactNotesCleared: 0,
          initiatorsCleared: 0,
          notesRedacted: 0,
          reportHistoryEntriesRemoved: 0,
          residentsCleared: 0,
          connectionsCleared: 0,
          signalsCleared: 0,
        }
        for (const a of data.addresses) {
          if (!targets.has(a.id)) continue
          if (a.residentName || a.phone || a.householdNote || a.consentToContact)
            outcome.addressesCleared += 1
          Object.assign(a, {
            residentName: '',
            phone: '',
            householdNote: '',
            consentToContact: false,
            updatedAt: nowIso(clock),
          })
        }
        for (const c of data.contacts) {
          if (targets.has(c.addressId) && c.note) {
            c.note = ''
            outcome.contactNotesCleared += 1
          } else if (wantedName && c.programmeId === programmeId) {
            const [note, changed] = redact(c.note, wantedName)
            if (changed) {
              c.note = note
              outcome.notesRedacted += 1
            }
          }
        }
        for (const idea of data.ideas) {
          if (idea.programmeId !== programmeId) continue
          for (const initiator of idea.initiators) {
            const linked = initiator.addressId !== undefined && targets.has(initiator.addressId)
            if (linked || (wantedName && fold(initiator.name) === fold(wantedName))) {
              if (initiator.name || initiator.addressId) outcome.initiatorsCleared += 1
              initiator.name = ''
              delete initiator.addressId
            }
          }
          if (wantedName) {
            const [description, changed] = redact(idea.description, wantedName)
            if (changed) {
              idea.description = description
              outcome.notesRedacted += 1
            }
          }
        }
        if (wantedName) {
          for (const a of data.addresses) {
            if (a.programmeId !== programmeId) continue
            const [note, changed] = redact(a.householdNote, wantedName)
            if (changed) {
              a.householdNote = note
              outcome.notesRedacted += 1
            }
          }
          for (const s of data.sessions) {
            if (s.programmeId !== programmeId || !s.report) continue
            const [notes, changed] = redact(s.report.notes, wantedName)
            if (changed) {
              s.report.notes = notes
              outcome.notesRedacted += 1
            }
          }
          const before = data.reportHistory.length
          data.reportHistory = data.reportHistory.filter((r) => !fold(r.subject).includes(fold(wantedName)))
          outcome.reportHistoryEntriesRemoved = before - data.reportHistory.length
        }
        const residents = eraseResidentsData(data, programmeId, targets, wantedName, nowIso(clock), redact)
        outcome.residentsCleared = residents.residentsCleared
        outcome.connectionsCleared = residents.connectionsCleared
        outcome.signalsCleared = residents.signalsCleared
        outcome.notesRedacted += residents.notesRedacted
        const erased =
          outcome.addressesCleared +
          outcome.contactNotesCleared +
          outcome.initiatorsCleared +
          outcome.notesRedacted +
          outcome.residentsCleared +
          outcome.connectionsCleared +
          outcome.signalsCleared
        appendAudit(
          data,
          {
            kind: 'wissen',
            programmeId,
            subject: `Bewonersgegevens gewist (${erased} ${erased === 1 ? 'onderdeel' : 'onderdelen'}).`,
          },
          nowIso(clock),
          newId,
        )
        return { result: outcome, addressIds: targets }
      })
      const backupsStillHolding = []
      for (const backup of await stores.listBackups()) {
        if (backupHolds(await stores.readBackup(backup.id), addressIds, wantedName))
          backupsStillHolding.push(backup)
      }
      return { ...result, backupsStillHolding }
    },

    'privacy.exportAddress': async ({
      addressId,
      format: fileFormat,
    }: ApiParsedInput<'privacy.exportAddress'>): Promise<PrivacyFile> => {
      const store = requireStore(stores)
      const data = store.read()
      const address = findLive(data, 'addresses', addressId, { includeDeleted: true })
      const facts = accessReportData(data, address.id, format(clock(), 'yyyy-MM-dd'))
      const label = `${facts.address.street || 'Adres'} ${facts.address.houseNumber}`
      await store.update((d) =>
        appendAudit(
          d,
          {
            kind: 'inzageverzoek',
            programmeId: address.programmeId,
            subject:
              fileFormat === 'docx'
                ? 'Gegevens van één adres geëxporteerd als Word-document (inzageverzoek).'
                : 'Gegevens van één adres geëxporteerd (inzageverzoek).',
          },
          nowIso(clock),
          newId,
        ),
      )
      const stem = safeFileName(`Inzage ${label} ${facts.today}`)
      if (fileFormat === 'docx') {
        const model = sanitiseReportModel(buildAccessReport(facts))
        const bytes = await renderReportDocx(model, {
          accentColour: data.settings.accentColour,
          logoBase64: data.settings.logoBase64,
        })
        return { fileName: `${stem}.docx`, base64: Buffer.from(bytes).toString('base64') }
      }
      const document = accessJson(facts, nowIso(clock))
      return {
        fileName: `${stem}.json`,
        base64: Buffer.from(JSON.stringify(document, null, 2), 'utf8').toString('base64'),
      }
    },

    'privacy.retention': async ({
      programmeId,
    }: ApiParsedInput<'privacy.retention'>): Promise<RetentionItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      return retentionItems(
        data,
        programmeId,
        format(subMonths(clock(), data.settings.retentionMonths), 'yyyy-MM-dd'),
      )
    },

    'privacy.applyRetention': async ({
      programmeId,
      addressIds,
    }: ApiParsedInput<'privacy.applyRetention'>): Promise<{ cleared: number }> =>
      requireStore(stores).update((data) => {
        findProgramme(data, programmeId)
        const cutoff = format(subMonths(clock(), data.settings.retentionMonths), 'yyyy-MM-dd')
        const flagged = new Set(retentionItems(data, programmeId, cutoff).map((item) => item.addressId))
        // An address the programme does not know is refused: nothing happens and nothing is logged.
        const known = new Set(data.addresses.filter((a) => a.programmeId === programmeId).map((a) => a.id))
        const unknown = addressIds.filter((id) => !known.has(id)).length
        if (unknown > 0) {
          throw new ApiFailure(
            'NOT_FOUND',
            `Adressen: ${unknown === 1 ? 'een gekozen adres bestaat' : `${unknown} gekozen adressen bestaan`} niet (meer) in dit programma. Er is niets verwijderd; vernieuw de lijst en kies opnieuw.`,
            'addressIds',
            `Addresses: ${unknown === 1 ? 'a chosen address does' : `${unknown} chosen addresses do`} not exist (any more) in this programme. Nothing was removed; refresh the list and choose again.`,
          )
        }
        // Known addresses that are not (yet) past the retention period are left as they are.
        const chosen = new Set(addressIds.filter((id) => flagged.has(id)))
        if (chosen.size === 0) return { cleared: 0 }
        for (const a of data.addresses)
          if (chosen.has(a.id))
            Object.assign(a, { residentName: '', phone: '', householdNote: '', consentToContact: false })
        for (const c of data.contacts) if (chosen.has(c.addressId)) c.note = ''
        for (const i of data.ideas)
          for (const x of i.initiators) if (x.addressId && chosen.has(x.addressId)) x.name = ''
        appendAudit(
          data,
          {
            kind: 'bewaartermijn',
            programmeId,
            subject: `Bewaartermijn verlopen: gegevens van ${chosen.size} ${chosen.size === 1 ? 'adres' : 'adressen'} verwijderd.`,
          },
          nowIso(clock),
          newId,
        )
        return { cleared: chosen.size }
      }),

    'audit.list': async ({ programmeId }: ApiParsedInput<'audit.list'>): Promise<AuditEntry[]> => {
      const data = requireStore(stores).read()
      return data.auditLog
        .filter((entry) => !programmeId || entry.programmeId === programmeId)
        .slice()
        .reverse()
    },
  }
}

/** Everything the store holds about one address, for both forms of an access request. */
function accessReportData(data: Readonly<StoreData>, addressId: string, today: string): AccessReportData {
  const address = data.addresses.find((a) => a.id === addressId)
  if (!address) throw new ApiFailure('NOT_FOUND', 'Dit adres bestaat niet (meer).', 'addressId')
  const street = data.streets.find((s) => s.id === address.streetId)
  const programme = data.programmes.find((p) => p.id === address.programmeId)
  const contacts = data.contacts.filter((c) => c.addressId === address.id && !c.deletedAt)
  const sessionIds = new Set(contacts.map((c) => c.sessionId).filter(Boolean))
  const ideas = data.ideas.filter(
    (i) =>
      !i.deletedAt && (i.addressId === address.id || i.initiators.some((x) => x.addressId === address.id)),
  )
  return {
    language: data.settings.language,
    today,
    organisation: data.settings.organisationName,
    author: data.settings.authorName,
    programmeName: programme?.name ?? '',
    address: {
      street: street?.name ?? '',
      place: street?.place ?? '',
      houseNumber: formatHouseNumber(address.houseNumber, address.addition),
      postcode: address.postcode,
      householdNote: address.householdNote,
      residentName: address.residentName,
      phone: address.phone,
      consentToContact: address.consentToContact,
    },
    contacts: contacts.map((c) => ({
      date: c.date,
      outcome: c.outcome,
      note: c.note,
      sessionTitle: data.sessions.find((s) => s.id === c.sessionId)?.title ?? '',
    })),
    ideas: ideas.map((i) => ({
      title: i.title,
      description: i.description,
      status: i.status,
      collectedOn: i.collectedOn,
      initiators: i.initiators
        .filter((x) => x.addressId === address.id)
        .map((x) => ({ pseudonym: x.pseudonym, name: x.name })),
    })),
    sessions: data.sessions
      .filter((s) => sessionIds.has(s.id))
      .map((s) => ({ title: s.title, date: s.date })),
    ...residentsAccessFacts(data, address.id, today),
  }
}

/** The JSON form of an access request, with Dutch keys as the coach hands it over. */
function accessJson(facts: AccessReportData, madeAt: string) {
  const a = facts.address
  return {
    toelichting: 'Alle gegevens die Krachtstroom Coach over dit adres bewaart (inzageverzoek AVG).',
    gemaaktOp: madeAt,
    adres: {
      straat: a.street,
      woonplaats: a.place,
      huisnummer: a.houseNumber,
      postcode: a.postcode,
      notitieHuishouden: a.householdNote,
      naamBewoner: a.residentName,
      telefoon: a.phone,
      toestemmingContact: a.consentToContact,
    },
    contactmomenten: facts.contacts.map((c) => ({
      datum: c.date,
      uitkomst: c.outcome,
      notitie: c.note,
      bijeenkomst: c.sessionTitle,
    })),
    ideeen: facts.ideas.map((i) => ({
      titel: i.title,
      omschrijving: i.description,
      status: i.status,
      opgehaaldOp: i.collectedOn,
      initiatiefnemers: i.initiators.map((x) => ({ pseudoniem: x.pseudonym, naam: x.name })),
    })),
    bijeenkomsten: facts.sessions.map((s) => ({ titel: s.title, datum: s.date })),
    ...residentsAccessJson(facts),
  }
}

/** Addresses whose personal data has not been used since `cutoff` and so should go. */
function retentionItems(data: Readonly<StoreData>, programmeId: string, cutoff: string): RetentionItem[] {
  const lastContact = new Map<string, string>()
  const noteCount = new Map<string, number>()
  for (const c of data.contacts) {
    if (c.programmeId !== programmeId || c.deletedAt) continue
    if ((lastContact.get(c.addressId) ?? '') < c.date) lastContact.set(c.addressId, c.date)
    if (c.note) noteCount.set(c.addressId, (noteCount.get(c.addressId) ?? 0) + 1)
  }
  const streets = new Map(data.streets.map((s) => [s.id, s.name]))
  const items: RetentionItem[] = []
  for (const a of data.addresses) {
    if (a.programmeId !== programmeId) continue
    const notes = noteCount.get(a.id) ?? 0
    const hasData = Boolean(a.residentName || a.phone || a.householdNote) || notes > 0
    const last = lastContact.get(a.id) ?? a.updatedAt.slice(0, 10)
    if (!hasData || last >= cutoff) continue
    items.push({
      addressId: a.id,
      streetName: streets.get(a.streetId) ?? '',
      label: formatHouseNumber(a.houseNumber, a.addition),
      ...(lastContact.has(a.id) ? { lastContact: lastContact.get(a.id) } : {}),
      hasName: Boolean(a.residentName),
      hasPhone: Boolean(a.phone),
      notes,
    })
  }
  return items
}
