import { useMemo, useState } from 'react'
import { type AddressListItem, type StreetListItem } from '../../../../shared/api/contract'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'

/** A street and one of its addresses, chosen in two steps. */
export interface AddressChoice {
  streets: StreetListItem[] | undefined
  addresses: AddressListItem[] | undefined
  streetId: string
  addressId: string
  setStreetId: (streetId: string) => void
  setAddressId: (addressId: string) => void
  /** "Zwaluwstraat 12a" for the chosen address, or undefined. */
  chosenLabel: string | undefined
  reset: () => void
}

/** State and data for {@link AddressPicker}: the programme's streets, then the chosen street's addresses. */
export function useAddressChoice(): AddressChoice {
  const { active } = useActiveProgramme()
  const [streetId, setStreet] = useState('')
  const [addressId, setAddressId] = useState('')
  const streets = useApiQuery('street.list', { programmeId: active.id })
  const addresses = useApiQuery('address.list', { streetId }, { enabled: streetId !== '' })
  const chosenLabel = useMemo(() => {
    const street = streets.data?.find((item) => item.street.id === streetId)
    const address = addresses.data?.find((item) => item.address.id === addressId)
    return street && address ? `${street.street.name} ${address.label}` : undefined
  }, [streets.data, addresses.data, streetId, addressId])
  return {
    streets: streets.data,
    addresses: streetId === '' ? undefined : addresses.data,
    streetId,
    addressId,
    setStreetId: (next) => {
      setStreet(next)
      setAddressId('')
    },
    setAddressId,
    chosenLabel,
    reset: () => {
      setStreet('')
      setAddressId('')
    },
  }
}
