import { useMemo } from 'react'
import { type Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { type FieldKind, issueMessage } from '../../components/forms/issue-message'
import { zodFormResolver } from '../../components/forms/zod-form-resolver'
import {
  type SessionDraft,
  type SessionFormField,
  type SessionFormValues,
  normaliseTime,
  sessionFormSchema,
} from './session-form-values'

const labelKeys = {
  type: 'sessions.form.type',
  title: 'sessions.form.title',
  date: 'sessions.form.date',
  startTime: 'sessions.form.startTime',
  endTime: 'sessions.form.endTime',
  location: 'sessions.form.location',
  streetIds: 'sessions.form.streets',
  teamMemberIds: 'sessions.form.team',
  invitedPartnerIds: 'sessions.form.partners',
  goal: 'sessions.form.goal',
} as const satisfies Record<SessionFormField, string>

/**
 * Validates the session form with the shared field rules before anything is sent, wording each
 * problem beside its field ("De eindtijd moet na de begintijd liggen.").
 */
export function useSessionFormResolver(): Resolver<SessionFormValues, unknown, SessionDraft> {
  const { t } = useTranslation()
  return useMemo(
    () =>
      zodFormResolver<SessionFormValues, SessionDraft>(
        sessionFormSchema,
        (values) => ({
          ...values,
          date: values.date ?? undefined,
          startTime: normaliseTime(values.startTime),
          endTime: normaliseTime(values.endTime),
        }),
        (issue, path) => {
          const field = path as SessionFormField
          const label = field in labelKeys ? t(labelKeys[field]) : path
          if (issue.code === 'custom' && issue.message === 'endBeforeStart')
            return t('sessions.form.endBeforeStart')
          const isTime = field === 'startTime' || field === 'endTime'
          if (isTime && issue.code === 'invalid_format') {
            return issue.input === ''
              ? t('validation.required', { label })
              : t('sessions.form.time', { label })
          }
          const kind: FieldKind = field === 'date' ? 'date' : 'text'
          return issueMessage(issue, label, kind, t)
        },
      ),
    [t],
  )
}
