import { Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { partnerShortName } from '../../../../shared/domain/partner-short-name'
import { useActiveProgramme } from '../../app/active-programme-context'
import classes from './IdeaBoard.module.css'
import { ToneBadge } from './ToneBadge'

/**
 * A partner on a card: its short name ("Welzijn Samen Verder"), the full name on hover and for
 * screen readers, so a narrow badge never has to cut the name.
 */
export function PartnerBadge({ name }: { name: string }) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const short = partnerShortName(name, active.gemeente)
  return (
    <Tooltip label={name} openDelay={250} withinPortal>
      <span className={classes.partnerBadge} data-testid="partner-badge" data-full-name={name}>
        <ToneBadge tone="violet" size="xs" variant="outline">
          <span aria-hidden={short !== name}>{short}</span>
          {short !== name && <span className={classes.srOnly}>{t('ideas.board.fullName', { name })}</span>}
        </ToneBadge>
      </span>
    </Tooltip>
  )
}
