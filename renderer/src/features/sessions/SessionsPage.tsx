import { Button, Paper, Stack, Text } from '@mantine/core'
import { IconCalendarDown, IconPlus } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type SessionListItem } from '../../../../shared/api'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { CalendarDndContext } from './CalendarDndContext'
import { CalendarToolbar } from './CalendarToolbar'
import { ListView } from './ListView'
import { MonthView } from './MonthView'
import { TypeLegend } from './TypeLegend'
import { WeekView } from './WeekView'
import { useCalendarState } from './use-calendar-state'
import { useExportIcs } from './use-export-ics'

/** The planning: a Dutch calendar (month, week, list) of the programme's sessions. */
export function SessionsPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { active } = useActiveProgramme()
  const { view, anchor, setView, setAnchor } = useCalendarState()
  const sessions = useApiQuery('session.list', { programmeId: active.id })
  const { exportIcs, isPending: exporting } = useExportIcs(active.id)
  const byDate = useMemo(() => groupByDate(sessions.data ?? []), [sessions.data])

  const plan = (date?: string, time?: string) => {
    const params = new URLSearchParams()
    if (date) params.set('datum', date)
    if (time) params.set('tijd', time)
    void navigate(`/sessies/nieuw${params.size > 0 ? `?${params.toString()}` : ''}`)
  }

  return (
    <>
      <PageHeader
        title={t('sessions.title')}
        description={t('sessions.intro')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconCalendarDown size={18} aria-hidden />}
              onClick={() => void exportIcs()}
              loading={exporting}
              disabled={!sessions.data || sessions.data.length === 0}
            >
              {t('sessions.exportPlanning')}
            </Button>
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => plan()}>
              {t('sessions.newSession')}
            </Button>
          </>
        }
      />
      <Paper withBorder p="lg" radius="md" component="section" aria-label={t('sessions.calendar.label')}>
        <Stack gap="md">
          <CalendarToolbar view={view} anchor={anchor} onView={setView} onAnchor={setAnchor} />
          {sessions.data ? (
            <CalendarDndContext items={sessions.data}>
              {view === 'maand' && (
                <MonthView anchor={anchor} byDate={byDate} onPlan={(date) => plan(date)} />
              )}
              {view === 'week' && <WeekView anchor={anchor} byDate={byDate} onPlan={plan} />}
              {view === 'lijst' && <ListView items={sessions.data} />}
            </CalendarDndContext>
          ) : sessions.error ? (
            <ErrorState error={sessions.error} onRetry={sessions.refresh} />
          ) : (
            <LoadingState />
          )}
          {view !== 'lijst' && (
            <Text size="sm" c="dimmed">
              {t(view === 'week' ? 'sessions.calendar.weekDragHint' : 'sessions.calendar.dragHint')}
            </Text>
          )}
          <TypeLegend />
        </Stack>
      </Paper>
    </>
  )
}

function groupByDate(items: readonly SessionListItem[]): Map<string, SessionListItem[]> {
  const byDate = new Map<string, SessionListItem[]>()
  for (const item of items) byDate.set(item.session.date, [...(byDate.get(item.session.date) ?? []), item])
  for (const list of byDate.values())
    list.sort((a, b) => a.session.startTime.localeCompare(b.session.startTime))
  return byDate
}
