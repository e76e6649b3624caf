import { Button, Group, Text, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { notHomeInRound } from '../../../../../shared/domain/key-figures'
import { type ContactOutcome, contactOutcomes } from '../../../../../shared/model/vocabulary'
import { OutcomeBadge } from '../OutcomeBadge'
import { streetPath } from '../streets-paths'
import classes from './DoorMode.module.css'

interface RoundDoneProps {
  streetId: string
  outcomes: Readonly<Record<string, ContactOutcome>>
  total: number
  headingRef: RefObject<HTMLHeadingElement | null>
}

/** The end of the round: what was recorded, per outcome, and the way back to the street. */
export function RoundDone({ streetId, outcomes, total, headingRef }: RoundDoneProps) {
  const { t } = useTranslation()
  const values = Object.values(outcomes)
  return (
    <div className={classes.card} data-testid="door-done">
      <Group gap="sm">
        <IconCircleCheck size={32} color="var(--mantine-color-krachtstroom-6)" aria-hidden />
        <Title order={2} ref={headingRef} tabIndex={-1}>
          {t('streets.door.doneTitle')}
        </Title>
      </Group>
      <Text>{t('streets.door.doneText', { recorded: values.length, total })}</Text>
      <Text data-testid="door-done-not-home">
        {t('streets.door.doneNotHome', { count: notHomeInRound(values) })}
      </Text>
      <Group gap="sm">
        {contactOutcomes
          .filter((outcome) => values.includes(outcome))
          .map((outcome) => (
            <Group key={outcome} gap={6}>
              <OutcomeBadge outcome={outcome} />
              <Text fw={600} className="app-tabular">
                {values.filter((value) => value === outcome).length}
              </Text>
            </Group>
          ))}
      </Group>
      <Text size="sm" c="dimmed">
        {t('streets.door.doneUndoHint')}
      </Text>
      <Group>
        <Button component={Link} to={streetPath(streetId)}>
          {t('streets.door.backToStreet')}
        </Button>
      </Group>
    </div>
  )
}
