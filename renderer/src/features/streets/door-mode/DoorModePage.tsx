import { Button, SegmentedControl } from '@mantine/core'
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import {
  type DoorRoundScope,
  doorRoundScopes,
  inRoundScope,
} from '../../../../../shared/domain/door-round-scope'
import { useApiQuery } from '../../../api/use-api-query'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { PageHeader } from '../../../components/PageHeader'
import { streetPath, walkListPath } from '../streets-paths'
import streetClasses from '../street-detail/StreetDetail.module.css'
import { DoorRound } from './DoorRound'
import { EmptyRound } from './EmptyRound'

/**
 * Deur-aan-deur: works through a street in walking order, leaving out "niet meer benaderen". The list
 * is taken once when the screen opens, so recording never reshuffles it. With `?sessie=` the outcomes
 * are linked to that session.
 */
export function DoorModePage() {
  const { t } = useTranslation()
  const { streetId = '' } = useParams()
  const [search] = useSearchParams()
  const sessionId = search.get('sessie') ?? undefined
  const street = useApiQuery('street.get', { streetId })
  const session = useApiQuery(
    'session.get',
    { sessionId: sessionId ?? '' },
    { enabled: sessionId !== undefined },
  )
  const addresses = useApiQuery('address.list', { streetId, order: 'looproute', includeDoNotContact: false })
  const [scope, setScope] = useState<DoorRoundScope>('alle')
  // The first answer is the round; later reloads (other screens' changes) must not reshuffle it. A
  // new choice of doors takes the round again.
  const [taken, setTaken] = useState<{ scope: DoorRoundScope; doors: AddressListItem[] } | undefined>()
  if (addresses.data !== undefined && taken?.scope !== scope) {
    const doors = addresses.data.filter((item) =>
      inRoundScope({ ...item.address, reached: item.reached, latestOutcome: item.latest?.outcome }, scope),
    )
    setTaken({ scope, doors })
  }
  const round = taken?.scope === scope ? taken.doors : undefined

  const name = street.data?.street.name ?? ''
  const error = street.error ?? addresses.error
  return (
    <>
      <Link to={streetPath(streetId)} className={streetClasses.backLink}>
        <IconArrowLeft size={16} aria-hidden />
        {name === '' ? t('streets.detail.back') : t('streets.door.backTo', { street: name })}
      </Link>
      {street.data && round ? (
        <>
          <PageHeader
            title={t('streets.door.title', { street: name })}
            description={
              session.data
                ? t('streets.door.forSession', { session: session.data.session.title })
                : t('streets.door.description')
            }
            actions={
              <Button
                component={Link}
                to={walkListPath(streetId)}
                variant="default"
                leftSection={<IconPrinter size={18} aria-hidden />}
              >
                {t('streets.detail.walkList')}
              </Button>
            }
          />
          <SegmentedControl
            aria-label={t('flow.door.scopeLabel')}
            data={doorRoundScopes.map((value) => ({ value, label: t(`flow.door.scopes.${value}`) }))}
            value={scope}
            onChange={(value) => setScope(value as DoorRoundScope)}
            mb="md"
            data-testid="door-scope"
          />
          {round.length === 0 ? (
            <EmptyRound streetId={streetId} scoped={scope !== 'alle'} />
          ) : (
            <DoorRound
              key={scope}
              streetId={streetId}
              streetName={name}
              addresses={round}
              sessionId={sessionId}
              sessionTitle={session.data?.session.title}
            />
          )}
        </>
      ) : error ? (
        <ErrorState error={error} onRetry={error === street.error ? street.refresh : addresses.refresh} />
      ) : (
        <LoadingState />
      )}
    </>
  )
}
