import { ApiFailure, type AddressListItem, type ApiParsedInput } from '../../shared/api'
import { houseNumberRange, sortNatural, sortWalking } from '../../shared/domain/address-order'
import { summariseContactsByAddress } from '../../shared/domain/coverage'
import { formatHouseNumber, houseNumberKey, normaliseAddition } from '../../shared/domain/house-number'
import { type Address, type StoreData } from '../../shared/model'
import { nowIso } from './clock'
import { findLive } from './entity-lookup'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** Keys of the live addresses of a street, to refuse or skip duplicates. */
export function addressKeys(data: Readonly<StoreData>, streetId: string, exceptId?: string): Set<string> {
  const keys = new Set<string>()
  for (const a of data.addresses) {
    if (a.streetId === streetId && !a.deletedAt && a.id !== exceptId)
      keys.add(houseNumberKey(a.houseNumber, a.addition))
  }
  return keys
}

/** address.* (without CSV): addresses of a street, their order and their door status. */
export function createAddressService({ stores, clock, newId }: ServiceDeps) {
  const newAddress = (
    programmeId: string,
    streetId: string,
    houseNumber: number,
    addition: string,
    postcode: string,
    householdNote = '',
  ): Address => {
    const now = nowIso(clock)
    return {
      id: newId(),
      programmeId,
      streetId,
      createdAt: now,
      updatedAt: now,
      houseNumber,
      addition: normaliseAddition(addition),
      postcode,
      householdNote,
      residentName: '',
      phone: '',
      consentToContact: false,
    }
  }

  return {
    'address.list': async ({
      streetId,
      order,
      includeDoNotContact,
    }: ApiParsedInput<'address.list'>): Promise<AddressListItem[]> => {
      const data = requireStore(stores).read()
      findLive(data, 'streets', streetId)
      const addresses = data.addresses.filter((a) => a.streetId === streetId && !a.deletedAt)
      const ids = new Set(addresses.map((a) => a.id))
      const contacts = data.contacts.filter((c) => ids.has(c.addressId))
      const summaries = summariseContactsByAddress(contacts)
      const counts = new Map<string, number>()
      for (const c of contacts) if (!c.deletedAt) counts.set(c.addressId, (counts.get(c.addressId) ?? 0) + 1)
      const items = (order === 'looproute' ? sortWalking(addresses) : sortNatural(addresses)).map(
        (address): AddressListItem => {
          const summary = summaries.get(address.id)
          const latest = summary?.latest
          return {
            address,
            label: formatHouseNumber(address.houseNumber, address.addition),
            ...(latest
              ? { latest: { contactId: latest.id, outcome: latest.outcome, date: latest.date } }
              : {}),
            contactCount: counts.get(address.id) ?? 0,
            reached: summary?.reached ?? false,
            doNotContact: latest?.outcome === 'niet-benaderen',
          }
        },
      )
      return includeDoNotContact ? items : items.filter((item) => !item.doNotContact)
    },

    'address.create': async (input: ApiParsedInput<'address.create'>): Promise<Address> =>
      requireStore(stores).update((data) => {
        const street = findLive(data, 'streets', input.streetId)
        if (addressKeys(data, street.id).has(houseNumberKey(input.houseNumber, input.addition))) {
          const label = formatHouseNumber(input.houseNumber, normaliseAddition(input.addition))
          throw new ApiFailure('CONFLICT', `Huisnummer: ${street.name} ${label} bestaat al.`, 'houseNumber')
        }
        const address = newAddress(
          street.programmeId,
          street.id,
          input.houseNumber,
          input.addition,
          input.postcode,
          input.householdNote,
        )
        data.addresses.push(address)
        return address
      }),

    'address.addRange': async ({
      streetId,
      from,
      to,
      parity,
      postcode,
    }: ApiParsedInput<'address.addRange'>) =>
      requireStore(stores).update((data) => {
        const street = findLive(data, 'streets', streetId)
        const existing = addressKeys(data, street.id)
        let created = 0
        let skipped = 0
        for (const number of houseNumberRange(from, to, parity)) {
          if (existing.has(houseNumberKey(number, ''))) {
            skipped += 1
            continue
          }
          data.addresses.push(newAddress(street.programmeId, street.id, number, '', postcode))
          created += 1
        }
        if (created === 0 && skipped === 0) {
          throw new ApiFailure('VALIDATION_FAILED', 'Tot: deze reeks bevat geen huisnummers.', 'to')
        }
        return { created, skipped }
      }),

    'address.update': async ({ addressId, ...changes }: ApiParsedInput<'address.update'>): Promise<Address> =>
      requireStore(stores).update((data) => {
        const address = findLive(data, 'addresses', addressId)
        const houseNumber = changes.houseNumber ?? address.houseNumber
        const addition = changes.addition ?? address.addition
        if (addressKeys(data, address.streetId, address.id).has(houseNumberKey(houseNumber, addition))) {
          throw new ApiFailure(
            'CONFLICT',
            `Huisnummer: ${formatHouseNumber(houseNumber, normaliseAddition(addition))} bestaat al in deze straat.`,
            'houseNumber',
          )
        }
        const consent = changes.consentToContact ?? address.consentToContact
        const phone = changes.phone ?? address.phone
        if (phone && !consent) {
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Telefoonnummer: bewaar een telefoonnummer alleen met toestemming van de bewoner.',
            'phone',
          )
        }
        address.houseNumber = houseNumber
        address.addition = normaliseAddition(addition)
        if (changes.postcode !== undefined) address.postcode = changes.postcode
        if (changes.householdNote !== undefined) address.householdNote = changes.householdNote
        if (changes.residentName !== undefined) address.residentName = changes.residentName
        address.phone = phone
        address.consentToContact = consent
        address.updatedAt = nowIso(clock)
        return address
      }),

    'address.delete': async ({ addressId }: ApiParsedInput<'address.delete'>): Promise<{ deleted: true }> =>
      requireStore(stores).update((data) => {
        findLive(data, 'addresses', addressId).deletedAt = nowIso(clock)
        return { deleted: true as const }
      }),

    'address.restore': async ({ addressId }: ApiParsedInput<'address.restore'>): Promise<Address> =>
      requireStore(stores).update((data) => {
        const address = findLive(data, 'addresses', addressId, { includeDeleted: true })
        findLive(data, 'streets', address.streetId)
        if (
          addressKeys(data, address.streetId, address.id).has(
            houseNumberKey(address.houseNumber, address.addition),
          )
        ) {
          throw new ApiFailure(
            'CONFLICT',
            'Dit huisnummer is intussen opnieuw aangemaakt; terugzetten kan niet.',
            'addressId',
          )
        }
        delete address.deletedAt
        address.updatedAt = nowIso(clock)
        return address
      }),
  }
}
