import { ApiFailure, type ApiParsedInput, type ContactRecorded } from '../../shared/api'
import { isLaterContact } from '../../shared/domain/coverage'
import { findSensitiveNumbers } from '../../shared/domain/sensitive-text'
import { type ContactMoment } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** contact.record, contact.list, contact.delete: the door history of each address. */
export function createContactService({ stores, clock, newId }: ServiceDeps) {
  return {
    'contact.record': async (input: ApiParsedInput<'contact.record'>): Promise<ContactRecorded> =>
      requireStore(stores).update((data) => {
        const address = findLive(data, 'addresses', input.addressId)
        findLive(data, 'streets', address.streetId)
        if (input.sessionId) {
          const session = findLive(data, 'sessions', input.sessionId)
          if (session.programmeId !== address.programmeId) {
            throw new ApiFailure(
              'VALIDATION_FAILED',
              'Sessie: hoort bij een ander programma.',
              'sessionId',
            )
          }
        }
        if (input.teamMemberId) findLive(data, 'teamMembers', input.teamMemberId)
        const date = input.date ?? localDate(clock)
        if (date > localDate(clock)) {
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Datum: een contactmoment kan niet in de toekomst liggen.',
            'date',
          )
        }
        const now = nowIso(clock)
        const contact: ContactMoment = {
          id: newId(),
          programmeId: address.programmeId,
          addressId: address.id,
          streetId: address.streetId,
          createdAt: now,
          updatedAt: now,
          date,
          outcome: input.outcome,
          note: input.note,
          ...(input.sessionId ? { sessionId: input.sessionId } : {}),
          ...(input.teamMemberId ? { teamMemberId: input.teamMemberId } : {}),
        }
        if (input.residentName !== undefined) address.residentName = input.residentName
        if (input.consentToContact !== undefined) address.consentToContact = input.consentToContact
        if (input.phone !== undefined) address.phone = input.phone
        if (input.consentToContact === false) address.phone = ''
        if (
          input.residentName !== undefined ||
          input.phone !== undefined ||
          input.consentToContact !== undefined
        ) {
          address.updatedAt = now
        }
        data.contacts.push(contact)
        return { contact, warnings: findSensitiveNumbers(input.note) }
      }),

    'contact.list': async ({ addressId }: ApiParsedInput<'contact.list'>): Promise<ContactMoment[]> => {
      const data = requireStore(stores).read()
      findLive(data, 'addresses', addressId)
      return data.contacts
        .filter((c) => c.addressId === addressId && !c.deletedAt)
        .sort((a, b) => (isLaterContact(a, b) ? -1 : 1))
    },

    'contact.delete': async ({ contactId }: ApiParsedInput<'contact.delete'>): Promise<{ deleted: true }> =>
      requireStore(stores).update((data) => {
        findLive(data, 'contacts', contactId).deletedAt = nowIso(clock)
        return { deleted: true as const }
      }),
  }
}
