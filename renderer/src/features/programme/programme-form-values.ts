import { type Programme, type ProgrammeDraft } from '../../../../shared/model/programme'

/** The new-programme and programme-settings form, as the inputs hold it. */
export interface ProgrammeFormValues {
  name: string
  gemeente: string
  description: string
  period: { start: string | null; end: string | null }
  goals: {
    addresses: number | string
    conversations: number | string
    ideas: number | string
    ideasRealised: number | string
    activeResidents: number | string
    connections: number | string
  }
}

/** Field paths of the form, in screen order (server errors are matched against these). */
export const programmeFormFields = [
  'name',
  'gemeente',
  'description',
  'period.start',
  'period.end',
  'goals.addresses',
  'goals.conversations',
  'goals.ideas',
  'goals.ideasRealised',
  'goals.activeResidents',
  'goals.connections',
] as const
export type ProgrammeFormField = (typeof programmeFormFields)[number]

/** An empty form for a new programme: no dates yet, no goals set (0). */
export function emptyProgrammeForm(): ProgrammeFormValues {
  return {
    name: '',
    gemeente: '',
    description: '',
    period: { start: null, end: null },
    goals: { addresses: 0, conversations: 0, ideas: 0, ideasRealised: 0, activeResidents: 0, connections: 0 },
  }
}

/** The form filled with an existing programme. */
export function programmeToForm(programme: Programme): ProgrammeFormValues {
  return {
    name: programme.name,
    gemeente: programme.gemeente,
    description: programme.description,
    period: { start: programme.period.start, end: programme.period.end ?? null },
    goals: {
      ...programme.goals,
      activeResidents: programme.goals.activeResidents ?? 0,
      connections: programme.goals.connections ?? 0,
    },
  }
}

/** The form's values as input for `programmeDraftSchema`: empty fields become missing ones. */
export function formToDraftInput(values: ProgrammeFormValues): ProgrammeDraft {
  const number = (value: number | string) => (value === '' ? undefined : Number(value))
  return {
    name: values.name,
    gemeente: values.gemeente,
    description: values.description,
    period: { start: values.period.start ?? '', end: values.period.end ?? undefined },
    goals: {
      addresses: number(values.goals.addresses),
      conversations: number(values.goals.conversations),
      ideas: number(values.goals.ideas),
      ideasRealised: number(values.goals.ideasRealised),
      activeResidents: number(values.goals.activeResidents),
      connections: number(values.goals.connections),
    },
  } as ProgrammeDraft
}
