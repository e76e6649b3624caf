import { Button, Collapse, MultiSelect, TextInput } from '@mantine/core'
import { IconAdjustmentsHorizontal, IconChevronDown, IconSearch, IconX } from '@tabler/icons-react'
import { type Dispatch, type SetStateAction, memo, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaStatus, ideaStatuses } from '../../../../shared/model/vocabulary'
import { DateField } from '../../components/forms/DateField'
import classes from './IdeaTable.module.css'
import { type IdeaTableFilter, countIdeaFilters, hasIdeaFilter } from './idea-table-filter'
import { type IdeaLookups } from './use-idea-lookups'

/** The table filters on every field; the board on those that are not its columns (no status, no period). */
export type IdeaFilterScope = 'table' | 'board'

interface IdeaTableFiltersProps {
  filter: IdeaTableFilter
  /** A state setter: the fields update the filter from its latest value. */
  onChange: Dispatch<SetStateAction<IdeaTableFilter>>
  lookups: IdeaLookups
  onClear: () => void
  scope?: IdeaFilterScope
}

/**
 * Search with the other filters folded away under "Filters" (theme, street, partner, and for the table
 * status and period), so the list itself gets the screen. A keystroke in the search renders only the
 * search field here; the other fields are memoised and stay as they are.
 */
export function IdeaTableFilters({
  filter,
  onChange,
  lookups,
  onClear,
  scope = 'table',
}: IdeaTableFiltersProps) {
  const { t } = useTranslation()
  const active = countIdeaFilters(filter, scope)
  const [open, setOpen] = useState(false)
  const fieldsId = useId()
  return (
    <div className={classes.filters} role="search" data-testid={`idea-filters-${scope}`}>
      <div className={classes.searchLine}>
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
        <Button
          variant={active > 0 ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          rightSection={
            <IconChevronDown size={14} aria-hidden className={open ? classes.chevronOpen : undefined} />
          }
          aria-expanded={open}
          aria-controls={fieldsId}
          onClick={() => setOpen((value) => !value)}
        >
          {active > 0 ? t('ideas.table.moreFiltersActive', { count: active }) : t('ideas.table.moreFilters')}
        </Button>
        <Button
          variant="subtle"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={onClear}
          disabled={!hasIdeaFilter(filter)}
        >
          {t('ideas.table.clear')}
        </Button>
      </div>
      <Collapse expanded={open}>
        <div className={classes.filterFields} id={fieldsId}>
          <FilterFields
            statuses={filter.statuses}
            themes={filter.themes}
            streetIds={filter.streetIds}
            partnerIds={filter.partnerIds}
            from={filter.from}
            to={filter.to}
            onChange={onChange}
            lookups={lookups}
            scope={scope}
          />
        </div>
      </Collapse>
    </div>
  )
}

type FilterFieldsProps = Omit<IdeaTableFilter, 'search'> & {
  onChange: Dispatch<SetStateAction<IdeaTableFilter>>
  lookups: IdeaLookups
  scope: IdeaFilterScope
}

/** The status, theme, street and partner choices and the period. */
const FilterFields = memo(function FilterFields({ onChange, lookups, scope, ...filter }: FilterFieldsProps) {
  const { t } = useTranslation()
  const set = <K extends keyof IdeaTableFilter>(key: K, value: IdeaTableFilter[K]) =>
    onChange((previous) => ({ ...previous, [key]: value }))
  const common = {
    clearable: true,
    searchable: true,
    comboboxProps: { withinPortal: true },
    placeholder: t('ideas.table.any'),
  }
  const table = scope === 'table'
  return (
    <>
      {table && (
        <MultiSelect
          {...common}
          label={t('ideas.table.status')}
          data={ideaStatuses.map((value) => ({ value, label: t(`vocabulary.ideaStatus.${value}`) }))}
          value={filter.statuses}
          onChange={(value) => set('statuses', value as IdeaStatus[])}
        />
      )}
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
      {table && (
        <>
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
      )}
    </>
  )
})
