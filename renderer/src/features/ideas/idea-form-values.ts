import { type Idea } from '../../../../shared/model/idea'
import { type IdeaNeed, type IdeaScope, type Ingredient } from '../../../../shared/model/vocabulary'
import { localToday } from '../../components/local-today'

/** The capture form's values as the fields hold them. */
export interface IdeaFormValues {
  title: string
  description: string
  streetId: string | null
  addressId: string | null
  themes: string[]
  ingredients: Ingredient[]
  scope: IdeaScope
  initiators: Array<{ pseudonym: string; name: string }>
  supporters: number
  needs: IdeaNeed[]
  sessionId: string | null
  collectedOn: string | null
}

/** An empty form (collected today, collective). */
export function emptyIdeaForm(): IdeaFormValues {
  return {
    title: '',
    description: '',
    streetId: null,
    addressId: null,
    themes: [],
    ingredients: [],
    scope: 'collectief',
    initiators: [],
    supporters: 0,
    needs: [],
    sessionId: null,
    collectedOn: localToday(),
  }
}

/** The form's values for an existing idea. */
export function ideaToForm(idea: Idea): IdeaFormValues {
  return {
    title: idea.title,
    description: idea.description,
    streetId: idea.streetId ?? null,
    addressId: idea.addressId ?? null,
    themes: idea.themes,
    ingredients: idea.ingredients,
    scope: idea.scope,
    initiators: idea.initiators.map(({ pseudonym, name }) => ({ pseudonym, name })),
    supporters: idea.supporters,
    needs: idea.needs,
    sessionId: idea.sessionId ?? null,
    collectedOn: idea.collectedOn,
  }
}

/** Problems the form finds before sending, by field path. */
export function ideaFormProblems(
  values: IdeaFormValues,
): Record<string, 'titleRequired' | 'pseudonymRequired'> {
  const problems: Record<string, 'titleRequired' | 'pseudonymRequired'> = {}
  if (values.title.trim() === '') problems.title = 'titleRequired'
  values.initiators.forEach((initiator, index) => {
    if (initiator.pseudonym.trim() === '') problems[`initiators.${index}.pseudonym`] = 'pseudonymRequired'
  })
  return problems
}
