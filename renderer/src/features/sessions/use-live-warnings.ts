import { useDebouncedValue } from '@mantine/hooks'
import { type SessionWarning } from '../../../../shared/domain/session-conflicts'
import { useApiQuery } from '../../api/use-api-query'
import { type SessionFormValues, normaliseTime } from './session-form-values'

const time = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Asks `session.checkWarnings` about the session as it is being filled in (after a short pause in
 * typing): double-booked team members and streets that are already done. Only once date and times
 * are complete.
 */
export function useLiveWarnings(
  programmeId: string,
  sessionId: string | undefined,
  values: Pick<SessionFormValues, 'date' | 'startTime' | 'endTime' | 'teamMemberIds' | 'streetIds'>,
): { warnings: SessionWarning[]; checking: boolean } {
  const [input] = useDebouncedValue(
    {
      programmeId,
      ...(sessionId ? { sessionId } : {}),
      date: values.date ?? '',
      startTime: normaliseTime(values.startTime),
      endTime: normaliseTime(values.endTime),
      teamMemberIds: values.teamMemberIds,
      streetIds: values.streetIds,
    },
    350,
  )
  const complete =
    /^\d{4}-\d{2}-\d{2}$/.test(input.date) &&
    time.test(input.startTime) &&
    time.test(input.endTime) &&
    input.endTime > input.startTime
  const query = useApiQuery('session.checkWarnings', input, { enabled: complete })
  return { warnings: complete ? (query.data ?? []) : [], checking: complete && query.isFetching }
}
