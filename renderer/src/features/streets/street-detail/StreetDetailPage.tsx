import { Button } from '@mantine/core'
import { IconArrowLeft, IconDoor, IconPencil, IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useApiQuery } from '../../../api/use-api-query'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { PageHeader } from '../../../components/PageHeader'
import { useQuickAddPlace } from '../../quick-add/quick-add-place'
import { doorModePath, streetsPath, walkListPath } from '../streets-paths'
import { AddressesCard } from './AddressesCard'
import { CoverageFigures } from './CoverageFigures'
import { EditStreetDialog } from './EditStreetDialog'
import classes from './StreetDetail.module.css'
import { StreetIdeasCard } from './StreetIdeasCard'
import { placeLine } from '../../../../../shared/domain/place-line'

/** One street: its coverage, its addresses with their latest outcome, and the ideas from it. */
export function StreetDetailPage() {
  const { t } = useTranslation()
  const { streetId = '' } = useParams()
  const [editing, setEditing] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const street = useApiQuery('street.get', { streetId }, { enabled: !leaving })
  useQuickAddPlace(street.data ? { streetId, label: street.data.street.name } : undefined)
  if (leaving) return <LoadingState />

  return (
    <>
      <Link to={streetsPath} className={classes.backLink}>
        <IconArrowLeft size={16} aria-hidden />
        {t('streets.detail.back')}
      </Link>
      {street.data ? (
        <>
          <PageHeader
            title={street.data.street.name}
            description={placeLine([street.data.street.place, street.data.areaName]) || undefined}
            actions={
              <>
                <Button
                  variant="default"
                  leftSection={<IconPencil size={18} aria-hidden />}
                  onClick={() => setEditing(true)}
                >
                  {t('streets.editStreet.open')}
                </Button>
                <Button
                  component={Link}
                  to={walkListPath(streetId)}
                  variant="default"
                  leftSection={<IconPrinter size={18} aria-hidden />}
                >
                  {t('streets.detail.walkList')}
                </Button>
                <Button
                  component={Link}
                  to={doorModePath(streetId)}
                  leftSection={<IconDoor size={18} aria-hidden />}
                >
                  {t('streets.detail.doorMode')}
                </Button>
              </>
            }
          />
          <CoverageFigures coverage={street.data.coverage} />
          <div className={classes.layout}>
            <AddressesCard streetId={streetId} streetName={street.data.street.name} />
            <StreetIdeasCard streetId={streetId} programmeId={street.data.street.programmeId} />
          </div>
          {editing && (
            <EditStreetDialog
              street={street.data.street}
              onClose={() => setEditing(false)}
              onLeaving={() => setLeaving(true)}
            />
          )}
        </>
      ) : street.error ? (
        <ErrorState error={street.error} onRetry={street.refresh} />
      ) : (
        <LoadingState />
      )}
    </>
  )
}
