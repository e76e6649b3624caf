import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useActiveProgramme } from './active-programme-context'

/** Chooses the programme the whole app shows; the choice is saved in the settings. */
export function ProgrammeSwitcher() {
  const { t } = useTranslation()
  const { programmes, active, select, isSwitching } = useActiveProgramme()
  const data = programmes.map((programme) => ({
    value: programme.id,
    label: programme.isDemo ? `${programme.name} ${t('switcher.demoSuffix')}` : programme.name,
  }))
  return (
    <Select
      aria-label={t('switcher.label')}
      data={data}
      value={active.id}
      allowDeselect={false}
      disabled={isSwitching}
      onChange={(value) => {
        if (value && value !== active.id) void select(value)
      }}
      w={400}
      maw="42vw"
      // The list is made when opened: kept mounted, it would be measured (a full style and layout pass)
      // before the first screen could show.
      comboboxProps={{ withinPortal: true, keepMounted: false }}
      data-testid="programme-switcher"
    />
  )
}
