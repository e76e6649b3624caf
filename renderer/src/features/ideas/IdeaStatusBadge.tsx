import { useTranslation } from 'react-i18next'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { type Tone, ToneBadge } from './ToneBadge'

const colours: Record<IdeaStatus, Tone> = {
  opgehaald: 'gray',
  uitgewerkt: 'blue',
  ingebracht: 'violet',
  'in-uitvoering': 'orange',
  gerealiseerd: 'green',
  geparkeerd: 'yellow',
  'niet-haalbaar': 'red',
  samengevoegd: 'gray',
}

/** An idea's status as a small coloured label. */
export function IdeaStatusBadge({
  status,
  size = 'sm',
}: {
  status: IdeaStatus
  size?: 'xs' | 'sm' | 'md' | 'lg'
}) {
  const { t } = useTranslation()
  return (
    <ToneBadge tone={colours[status]} variant="light" size={size}>
      {t(`vocabulary.ideaStatus.${status}`)}
    </ToneBadge>
  )
}
