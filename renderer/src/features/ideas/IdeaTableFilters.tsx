import { Button, MultiSelect, TextInput } from '@mantine/core'
import { IconSearch, IconX } from '@tabler/icons-react'
import { type Dispatch, type SetStateAction, memo } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaStatus, ideaStatuses } from '../../../../shared/model/vocabulary'
import { DateField } from '../../components/forms/DateField'
import classes from './IdeaTable.module.css'
import { type IdeaTableFilter, hasIdeaFilter } from './idea-table-filter'
import { type IdeaLookups } from './use-idea-lookups'

interface IdeaTableFiltersProps {
  filter: IdeaTableFilter
  /** A state setter: the fields update the filter from its latest value. */
  onChange: Dispatch<SetStateAction<IdeaTableFilter>>
  lookups: IdeaLookups
  onClear: () => void
}

/**
 * Search and filters above the idea table: theme, street, status, partner and period. A keystroke in
 * the search renders only the search field here; the other fields are memoised and stay as they are.
 */
export function IdeaTableFilters({ filter, onChange, lookups, onClear }: IdeaTableFiltersProps) {
  const { t } = useTranslation()
  return (
    <div className={classes.filters} role="search">
      <TextInput
        className={classes.search}
        label={t('ideas.table.search')}
        placeholder={t('ideas.table.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.search}
        onChange={(event) => {
          const search = event.currentTarget.value
          onChange((previous) => ({ ...previous, search }))
        }}
      />
      <FilterFields
        statuses={filter.statuses}
        themes={filter.themes}
        streetIds={filter.streetIds}
        partnerIds={filter.partnerIds}
        from={filter.from}
        to={filter.to}
        onChange={onChange}
        lookups={lookups}
      />
      <Button
        variant="subtle"
        leftSection={<IconX size={16} aria-hidden />}
        onClick={onClear}
        disabled={!hasIdeaFilter(filter)}
        className={classes.clear}
      >
        {t('ideas.table.clear')}
      </Button>
    </div>
  )
}

type FilterFieldsProps = Omit<IdeaTableFilter, 'search'> & {
  onChange: Dispatch<SetStateAction<IdeaTableFilter>>
  lookups: IdeaLookups
}

/** The status, theme, street and partner choices and the period. */
const FilterFields = memo(function FilterFields({ onChange, lookups, ...filter }: FilterFieldsProps) {
  const { t } = useTranslation()
  const set = <K extends keyof IdeaTableFilter>(key: K, value: IdeaTableFilter[K]) =>
    onChange((previous) => ({ ...previous, [key]: value }))
  const common = {
    clearable: true,
    searchable: true,
    comboboxProps: { withinPortal: true },
    placeholder: t('ideas.table.any'),
  }
  return (
    <>
      <MultiSelect
        {...common}
        label={t('ideas.table.status')}
        data={ideaStatuses.map((value) => ({ value, label: t(`vocabulary.ideaStatus.${value}`) }))}
        value={filter.statuses}
        onChange={(value) => set('statuses', value as IdeaStatus[])}
      />
      <MultiSelect
        {...common}
        label={t('ideas.table.theme')}
        data={lookups.themes}
        value={filter.themes}
        onChange={(value) => set('themes', value)}
      />
      <MultiSelect
        {...common}
        label={t('ideas.table.street')}
        data={lookups.streets}
        value={filter.streetIds}
        onChange={(value) => set('streetIds', value)}
      />
      <MultiSelect
        {...common}
        label={t('ideas.table.partner')}
        data={lookups.partners}
        value={filter.partnerIds}
        onChange={(value) => set('partnerIds', value)}
      />
      <DateField
        clearable
        label={t('ideas.table.from')}
        value={filter.from}
        onChange={(value) => set('from', value)}
        clearButtonProps={{ 'aria-label': t('ideas.table.clear') }}
      />
      <DateField
        clearable
        label={t('ideas.table.to')}
        value={filter.to}
        onChange={(value) => set('to', value)}
        clearButtonProps={{ 'aria-label': t('ideas.table.clear') }}
      />
    </>
  )
})
