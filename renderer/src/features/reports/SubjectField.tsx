import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { type SubjectField as Field } from './report-choices'

interface SubjectFieldProps {
  field: Field
  programmeId: string
  value: string | null
  error: string | undefined
  onChange: (value: string | null) => void
}

const labels = {
  partnerId: { label: 'reports.partner', placeholder: 'reports.choosePartner' },
  ideaId: { label: 'reports.idea', placeholder: 'reports.chooseIdea' },
  sessionId: { label: 'reports.session', placeholder: 'reports.chooseSession' },
  streetId: { label: 'reports.street', placeholder: 'reports.chooseStreet' },
} as const

/** The report's subject: a partner, idea, session or street of the programme, searchable by name. */
export function SubjectField({ field, programmeId, value, error, onChange }: SubjectFieldProps) {
  const { t } = useTranslation()
  const input = { programmeId }
  const partners = useApiQuery('partner.list', input, { enabled: field === 'partnerId' })
  const ideas = useApiQuery('idea.list', input, { enabled: field === 'ideaId' })
  const sessions = useApiQuery('session.list', input, { enabled: field === 'sessionId' })
  const streets = useApiQuery('street.list', input, { enabled: field === 'streetId' })
  const options =
    field === 'partnerId'
      ? (partners.data ?? []).map(({ partner }) => ({ value: partner.id, label: partner.name }))
      : field === 'ideaId'
        ? (ideas.data ?? []).map(({ idea }) => ({ value: idea.id, label: idea.title }))
        : field === 'sessionId'
          ? (sessions.data ?? []).map(({ session }) => ({
              value: session.id,
              label: `${session.date} · ${session.title}`,
            }))
          : (streets.data ?? []).map(({ street }) => ({ value: street.id, label: street.name }))
  return (
    <Select
      label={t(labels[field].label)}
      placeholder={t(labels[field].placeholder)}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="—"
      error={error}
      data-testid={`report-${field}`}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
