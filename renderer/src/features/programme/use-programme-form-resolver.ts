import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type Resolver } from 'react-hook-form'
import { type z } from 'zod'
import { programmeDraftSchema } from '../../../../shared/model/programme'
import { type FieldKind, issueMessage } from '../../components/forms/issue-message'
import { zodFormResolver } from '../../components/forms/zod-form-resolver'
import { type ProgrammeFormField, type ProgrammeFormValues, formToDraftInput } from './programme-form-values'

/** The programme as the form hands it to the API (validated by the shared draft schema). */
export type ProgrammeDraftOutput = z.output<typeof programmeDraftSchema>

const labelKeys = {
  name: 'programmeForm.name',
  gemeente: 'programmeForm.gemeente',
  description: 'programmeForm.description',
  'period.start': 'programmeForm.start',
  'period.end': 'programmeForm.end',
  'goals.addresses': 'programmeForm.goalAddresses',
  'goals.conversations': 'programmeForm.goalConversations',
  'goals.ideas': 'programmeForm.goalIdeas',
  'goals.ideasRealised': 'programmeForm.goalIdeasRealised',
  'goals.activeResidents': 'residents.goals.activeResidents',
  'goals.connections': 'residents.goals.connections',
} as const satisfies Record<ProgrammeFormField, string>

/**
 * Validates the programme form with the same schema the API uses (`programmeDraftSchema`), wording
 * each problem beside its field in the interface language.
 */
export function useProgrammeFormResolver(): Resolver<ProgrammeFormValues, unknown, ProgrammeDraftOutput> {
  const { t } = useTranslation()
  return useMemo(
    () =>
      zodFormResolver<ProgrammeFormValues, ProgrammeDraftOutput>(
        programmeDraftSchema,
        formToDraftInput,
        (issue, path) => {
          const field = path as ProgrammeFormField
          const label = field in labelKeys ? t(labelKeys[field]) : path
          const kind: FieldKind = path.startsWith('period')
            ? 'date'
            : path.startsWith('goals')
              ? 'number'
              : 'text'
          return issueMessage(issue, label, kind, t)
        },
      ),
    [t],
  )
}
