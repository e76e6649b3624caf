import { useTranslation } from 'react-i18next'
import { type SignalStatus } from '../../../../../shared/model/resident-vocabulary'
import { type Tone, ToneBadge } from '../../ideas/ToneBadge'

const tones: Record<SignalStatus, Tone> = {
  open: 'orange',
  overgedragen: 'blue',
  opgepakt: 'green',
  afgerond: 'gray',
  'geen-behoefte': 'gray',
}

/** The follow-up status of a signal, or "alleen geteld" for a signal without consent. */
export function SignalStatusBadge({ status, countOnly }: { status: SignalStatus; countOnly: boolean }) {
  const { t } = useTranslation()
  if (countOnly)
    return (
      <ToneBadge tone="gray" variant="outline">
        {t('residents.signals.countOnlyBadge')}
      </ToneBadge>
    )
  return <ToneBadge tone={tones[status]}>{t(`vocabulary.signalStatus.${status}`)}</ToneBadge>
}
