import { ActionIcon, Button, Group, Title } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { endOfWeek, format, getISOWeek, startOfWeek } from 'date-fns'
import { useTranslation } from 'react-i18next'
import classes from './Calendar.module.css'
import { type CalendarView, calendarViews, shiftAnchor } from './calendar-dates'
import { useDateLocale } from './use-date-locale'

interface CalendarToolbarProps {
  view: CalendarView
  anchor: Date
  onView: (view: CalendarView) => void
  onAnchor: (date: Date) => void
}

const viewLabels = {
  maand: 'sessions.calendar.month',
  week: 'sessions.calendar.week',
  lijst: 'sessions.calendar.list',
} as const

/** The period shown (as a heading), previous / today / next, and the choice of view. */
export function CalendarToolbar({ view, anchor, onView, onAnchor }: CalendarToolbarProps) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const week = view === 'week'
  const heading = week
    ? t('sessions.calendar.weekTitle', {
        week: getISOWeek(anchor),
        range: `${format(startOfWeek(anchor, { weekStartsOn: 1 }), 'd MMM', { locale })} – ${format(endOfWeek(anchor, { weekStartsOn: 1 }), 'd MMM yyyy', { locale })}`,
      })
    : format(anchor, 'LLLL yyyy', { locale })
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" className={classes.toolbar}>
      {view === 'lijst' ? (
        <div />
      ) : (
        <Group gap="xs" wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t(week ? 'sessions.calendar.previousWeek' : 'sessions.calendar.previousMonth')}
            onClick={() => onAnchor(shiftAnchor(view, anchor, -1))}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" onClick={() => onAnchor(new Date())}>
            {t('sessions.calendar.today')}
          </Button>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t(week ? 'sessions.calendar.nextWeek' : 'sessions.calendar.nextMonth')}
            onClick={() => onAnchor(shiftAnchor(view, anchor, 1))}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Title order={2} className={classes.periodTitle} aria-live="polite" data-testid="calendar-period">
            {heading}
          </Title>
        </Group>
      )}
      <Group gap={0} role="group" aria-label={t('sessions.calendar.views')} className={classes.viewSwitch}>
        {calendarViews.map((name) => (
          <Button
            key={name}
            variant={view === name ? 'filled' : 'default'}
            aria-pressed={view === name}
            onClick={() => onView(name)}
            className={classes.viewButton}
          >
            {t(viewLabels[name])}
          </Button>
        ))}
      </Group>
    </Group>
  )
}
