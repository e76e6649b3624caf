import { Checkbox, Fieldset } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type StarterPartnerKind, starterPartnerKinds } from '../../../../shared/domain/starter-partners'
import classes from './ProgrammeForm.module.css'

interface StarterPartnersFieldProps {
  value: StarterPartnerKind[]
  onChange: (value: StarterPartnerKind[]) => void
}

/** The usual partners of a programme to tick when it starts; each becomes a partner to rename later. */
export function StarterPartnersField({ value, onChange }: StarterPartnersFieldProps) {
  const { t } = useTranslation()
  return (
    <Fieldset legend={t('flow.starterPartners.legend')} variant="unstyled" className={classes.fieldset}>
      <p className={classes.hint}>{t('flow.starterPartners.hint')}</p>
      <Checkbox.Group
        value={value}
        onChange={(chosen) => onChange(starterPartnerKinds.filter((kind) => chosen.includes(kind)))}
        aria-label={t('flow.starterPartners.legend')}
      >
        <div className={classes.partners} data-testid="starter-partners">
          {starterPartnerKinds.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`flow.starterPartners.kinds.${kind}`)} />
          ))}
        </div>
      </Checkbox.Group>
    </Fieldset>
  )
}
