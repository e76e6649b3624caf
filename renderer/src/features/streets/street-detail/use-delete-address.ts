import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifySuccess } from '../../../components/notifications'
import { notifyWithUndo } from '../notify-undo'

/**
 * Moves an address to the bin straight away (no question first) and offers "Ongedaan maken" in the
 * notification, which takes it back out.
 */
export function useDeleteAddress(streetName: string): (item: AddressListItem) => void {
  const { t } = useTranslation()
  const remove = useApiMutation('address.delete')
  const restore = useApiMutation('address.restore')
  const { mutate: removeAddress } = remove
  const { mutate: restoreAddress } = restore
  return useCallback(
    (item: AddressListItem) => {
      const address = `${streetName} ${item.label}`
      void removeAddress({ addressId: item.address.id }).then((outcome) => {
        if (!outcome.ok) return
        notifyWithUndo(t('streets.detail.deleted', { address }), () => {
          void restoreAddress({ addressId: item.address.id }).then((restored) => {
            if (restored.ok) notifySuccess(t('streets.detail.restored', { address }))
          })
        })
      })
    },
    [removeAddress, restoreAddress, streetName, t],
  )
}
