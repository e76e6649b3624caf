import { ApiFailure } from '../../shared/api'
import { type StoreData } from '../../shared/model'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'

/** The links an idea may have; each must exist and belong to the idea's programme. */
export interface IdeaReferences {
  streetId?: string | null
  addressId?: string | null
  sessionId?: string | null
  themes?: readonly string[]
  initiatorAddressIds?: ReadonlyArray<string | undefined>
}

function sameProgramme(actual: string, expected: string, label: string, field: string): void {
  if (actual !== expected)
    throw new ApiFailure('VALIDATION_FAILED', `${label}: hoort bij een ander programma.`, field)
}

/** Refuses links to things that do not exist, are in the bin, or belong to another programme. */
export function checkIdeaReferences(
  data: Readonly<StoreData>,
  programmeId: string,
  refs: IdeaReferences,
): void {
  if (refs.streetId)
    sameProgramme(findLive(data, 'streets', refs.streetId).programmeId, programmeId, 'Straat', 'streetId')
  if (refs.addressId) {
    const address = findLive(data, 'addresses', refs.addressId)
    sameProgramme(address.programmeId, programmeId, 'Adres', 'addressId')
    if (refs.streetId && address.streetId !== refs.streetId) {
      throw new ApiFailure('VALIDATION_FAILED', 'Adres: ligt niet in de gekozen straat.', 'addressId')
    }
  }
  if (refs.sessionId)
    sameProgramme(
      findLive(data, 'sessions', refs.sessionId).programmeId,
      programmeId,
      'Sessie',
      'sessionId',
    )
  if (refs.themes?.length) {
    const programme = findProgramme(data, programmeId)
    const known = new Set(programme.themes.map((t) => t.code))
    const unknown = refs.themes.filter((code) => !known.has(code))
    if (unknown.length > 0)
      throw new ApiFailure('VALIDATION_FAILED', `Thema's: onbekend thema "${unknown[0]}".`, 'themes')
  }
  for (const addressId of refs.initiatorAddressIds ?? []) {
    if (addressId)
      sameProgramme(
        findLive(data, 'addresses', addressId).programmeId,
        programmeId,
        'Adres van de initiatiefnemer',
        'initiators',
      )
  }
}
