import { Button, TextInput } from '@mantine/core'
import { IconFileImport, IconMapPin, IconMapPins, IconPlus, IconSearch } from '@tabler/icons-react'
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { foldText } from '../../../../shared/domain/fold-text'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { AddAreaDialog } from './AddAreaDialog'
import { AddStreetDialog } from './AddStreetDialog'
import { AreasDialog } from './areas/AreasDialog'
import { setPendingImportFile } from './pending-import-file'
import classes from './Streets.module.css'
import { StreetsEmptyState } from './StreetsEmptyState'
import { addressImportPath } from './streets-paths'
import { StreetsTable } from './StreetsTable'
import { useCsvDrop } from './use-csv-drop'

/**
 * Straten: every street of the programme with its coverage, a search, and the ways to add streets
 * (by hand, or by importing the gemeente's address file, also by dropping it on the page).
 */
export function StreetsPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { active } = useActiveProgramme()
  const streets = useApiQuery('street.list', { programmeId: active.id })
  const areas = useApiQuery('area.list', { programmeId: active.id })
  const [search, setSearch] = useState('')
  const [searchParams] = useSearchParams()
  const [dialog, setDialog] = useState<'street' | 'area' | 'areas' | undefined>(
    searchParams.get('toevoegen') === 'straat' ? 'street' : undefined,
  )
  const onFile = useCallback(
    (file: File) => {
      setPendingImportFile(file)
      void navigate(addressImportPath)
    },
    [navigate],
  )
  const drop = useCsvDrop(onFile)

  // Typing stays instant with hundreds of streets: the table follows once the field has been drawn.
  const deferredSearch = useDeferredValue(search)
  const shown = useMemo(() => {
    const query = foldText(deferredSearch)
    const all = streets.data ?? []
    if (query === '') return all
    return all.filter((item) =>
      [item.street.name, item.street.place, item.areaName ?? ''].some((text) =>
        foldText(text).includes(query),
      ),
    )
  }, [streets.data, deferredSearch])

  return (
    <div
      {...drop.handlers}
      className={drop.isOver ? classes.dropActive : undefined}
      data-testid="streets-page"
    >
      <PageHeader
        title={t('streets.overview.title')}
        description={t('streets.overview.description')}
        actions={
          <>
            <Button
              component={Link}
              to={addressImportPath}
              variant="default"
              leftSection={<IconFileImport size={18} aria-hidden />}
            >
              {t('streets.overview.import')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconMapPins size={18} aria-hidden />}
              onClick={() => setDialog('areas')}
            >
              {t('areas.manage')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconMapPin size={18} aria-hidden />}
              onClick={() => setDialog('area')}
            >
              {t('streets.overview.addArea')}
            </Button>
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog('street')}>
              {t('streets.overview.addStreet')}
            </Button>
          </>
        }
      />
      {streets.data ? (
        streets.data.length === 0 ? (
          <StreetsEmptyState onAddStreet={() => setDialog('street')} />
        ) : (
          <>
            <div className={classes.toolbar}>
              <TextInput
                className={classes.search}
                type="search"
                label={t('streets.overview.searchLabel')}
                placeholder={t('streets.overview.searchPlaceholder')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
              />
              <span aria-live="polite" className="app-tabular">
                {t('streets.overview.shown', { count: shown.length, total: streets.data.length })}
              </span>
            </div>
            <StreetsTable streets={shown} />
          </>
        )
      ) : streets.error ? (
        <ErrorState error={streets.error} onRetry={streets.refresh} />
      ) : (
        <LoadingState />
      )}
      <AddStreetDialog
        opened={dialog === 'street'}
        areas={areas.data ?? []}
        onClose={() => setDialog(undefined)}
      />
      <AddAreaDialog opened={dialog === 'area'} onClose={() => setDialog(undefined)} />
      <AreasDialog
        opened={dialog === 'areas'}
        areas={areas.data ?? []}
        onClose={() => setDialog(undefined)}
      />
    </div>
  )
}
