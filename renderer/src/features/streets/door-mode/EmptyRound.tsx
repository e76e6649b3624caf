import { Button, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionCard } from '../../../components/SectionCard'
import { streetPath } from '../streets-paths'

/**
 * A street without addresses to visit: say so and point to where addresses are added. With a choice of
 * doors (`scoped`) none matched: say so.
 */
export function EmptyRound({ streetId, scoped }: { streetId: string; scoped: boolean }) {
  const { t } = useTranslation()
  if (scoped) {
    return (
      <SectionCard title={t('flow.door.scopeEmptyTitle')}>
        <Text>{t('flow.door.scopeEmptyText')}</Text>
      </SectionCard>
    )
  }
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
