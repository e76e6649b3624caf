import { Button, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionCard } from '../../../components/SectionCard'
import { streetPath } from '../streets-paths'

/** A street without addresses to visit: say so and point to where addresses are added. */
export function EmptyRound({ streetId }: { streetId: string }) {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('streets.door.emptyTitle')}>
      <Text>{t('streets.door.emptyText')}</Text>
      <div>
        <Button component={Link} to={streetPath(streetId)}>
          {t('streets.door.emptyAction')}
        </Button>
      </div>
    </SectionCard>
  )
}
