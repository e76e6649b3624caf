import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'

/** An option of a Select: its value (an id) and what the coach reads. */
export interface Option {
  value: string
  label: string
}

const collator = new Intl.Collator('nl', { numeric: true })

/** The programme's streets as options, by name. */
export function useStreetOptions(programmeId: string): Option[] {
  const streets = useApiQuery('street.list', { programmeId })
  return useMemo(
    () =>
      (streets.data ?? [])
        .map((item) => ({ value: item.street.id, label: item.street.name }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [streets.data],
  )
}

/** The addresses of one street as options ("Brinkakkerweg 12a"), in natural order. */
export function useAddressOptions(streetId: string | null, streetName: string): Option[] {
  const addresses = useApiQuery('address.list', { streetId: streetId ?? '' }, { enabled: streetId !== null })
  return useMemo(
    () =>
      streetId === null
        ? []
        : (addresses.data ?? []).map((item) => ({
            value: item.address.id,
            label: `${streetName} ${item.label}`,
          })),
    [addresses.data, streetId, streetName],
  )
}

/** The programme's ideas a resident can carry (merged duplicates left out), by title. */
export function useIdeaOptions(programmeId: string): Option[] {
  const ideas = useApiQuery('idea.list', { programmeId })
  return useMemo(
    () =>
      (ideas.data ?? [])
        .filter((item) => item.idea.status !== 'samengevoegd')
        .map((item) => ({ value: item.idea.id, label: item.idea.title }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [ideas.data],
  )
}

/** The programme's active residents as options: name (with consent) or pseudonym, with their house number. */
export function useResidentOptions(programmeId: string): Option[] {
  const residents = useApiQuery('resident.list', { programmeId })
  const { t } = useTranslation()
  return useMemo(
    () =>
      (residents.data ?? []).map((item) => ({
        value: item.resident.id,
        label: t('residents.residentOption', {
          name: residentName(item.resident),
          address: `${item.streetName} ${item.addressLabel ?? ''}`.trim(),
        }),
      })),
    [residents.data, t],
  )
}

/** The programme's partners as options, with their kind. */
export function usePartnerOptions(programmeId: string) {
  const partners = useApiQuery('partner.list', { programmeId })
  return useMemo(() => (partners.data ?? []).map((item) => item.partner), [partners.data])
}

/** How a resident is named on screen: by name when they agreed to be named, else by pseudonym. */
export function residentName(resident: {
  name: string
  consentToBeNamed: boolean
  pseudonym: string
}): string {
  return resident.consentToBeNamed && resident.name !== '' ? resident.name : resident.pseudonym
}
