import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type SignalStatus } from '../../../../../shared/model/resident-vocabulary'

const colours: Record<SignalStatus, string> = {
  open: 'orange',
  overgedragen: 'blue',
  opgepakt: 'teal',
  afgerond: 'gray',
  'geen-behoefte': 'gray',
}

/** The follow-up status of a signal, or "alleen geteld" for a signal without consent. */
export function SignalStatusBadge({ status, countOnly }: { status: SignalStatus; countOnly: boolean }) {
  const { t } = useTranslation()
  if (countOnly)
    return (
      <Badge color="gray" variant="outline">
        {t('residents.signals.countOnlyBadge')}
      </Badge>
    )
  return (
    <Badge color={colours[status]} variant="light">
      {t(`vocabulary.signalStatus.${status}`)}
    </Badge>
  )
}
