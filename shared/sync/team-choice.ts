import { z } from 'zod'
import { idSchema, isoDateTimeSchema } from '../model'

/** The document in the team's database that holds the team's choice about resident identifiers. */
export const TEAM_IDENTIFIERS_DOC = 'team:identifiers'

/**
 * The team's choice about resident identifiers (names, phone numbers, door notes, signals): on or off,
 * under which processing agreement, and which coach chose it when. Every laptop of the team follows it.
 */
export const teamIdentifiersChoiceSchema = z
  .object({
    shareIdentifiers: z.boolean({ error: 'moet aan of uit zijn' }),
    agreement: z.string({ error: 'moet tekst zijn' }).trim().max(200, { error: 'is te lang' }),
    by: z.string({ error: 'moet tekst zijn' }).trim().min(1, { error: 'is verplicht' }).max(120),
    at: isoDateTimeSchema,
  })
  .refine((choice) => !choice.shareIdentifiers || choice.agreement.length > 0, {
    error: 'noemt geen verwerkersovereenkomst',
    path: ['agreement'],
  })
export type TeamIdentifiersChoice = z.infer<typeof teamIdentifiersChoiceSchema>

const teamDocSchema = z.object({
  _id: z.literal(TEAM_IDENTIFIERS_DOC),
  programmeId: idSchema,
  choice: teamIdentifiersChoiceSchema,
})

/** The team document for a choice (without `_rev`). */
export function teamIdentifiersDoc(
  programmeId: string,
  choice: TeamIdentifiersChoice,
): { _id: string; programmeId: string; choice: TeamIdentifiersChoice } {
  return { _id: TEAM_IDENTIFIERS_DOC, programmeId, choice }
}

/** A team document from the server, checked: the choice, or why it was set aside (Dutch). */
export type IncomingTeamChoice = { ok: true; choice: TeamIdentifiersChoice } | { ok: false; reason: string }

/** Checks the team document before any laptop follows it: its form, the programme and the choice. */
export function readTeamIdentifiersDoc(raw: unknown, programmeId: string): IncomingTeamChoice {
  const parsed = teamDocSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = (issue?.path ?? [])
      .map(String)
      .filter((part) => part !== 'choice')
      .join('.')
    return {
      ok: false,
      reason: `Teamkeuze over bewonersgegevens: ${path ? `${path}: ` : ''}${issue?.message ?? 'ongeldig'}`,
    }
  }
  if (parsed.data.programmeId !== programmeId) {
    return { ok: false, reason: 'Teamkeuze over bewonersgegevens: hoort bij een ander programma' }
  }
  return { ok: true, choice: parsed.data.choice }
}

/** True when two choices say the same (who and when aside). */
export function sameTeamChoice(
  a: Pick<TeamIdentifiersChoice, 'shareIdentifiers' | 'agreement'>,
  b: Pick<TeamIdentifiersChoice, 'shareIdentifiers' | 'agreement'>,
): boolean {
  return a.shareIdentifiers === b.shareIdentifiers && (!a.shareIdentifiers || a.agreement === b.agreement)
}

/**
 * The team's choice in the coach's words, for the run log and the Samenwerken card:
 * "Bewonersgegevens worden gedeeld volgens <overeenkomst>, aangezet door <user> op <datum>".
 */
export function teamChoiceLine(choice: TeamIdentifiersChoice, date: (iso: string) => string): string {
  return choice.shareIdentifiers
    ? `Bewonersgegevens worden gedeeld volgens ${choice.agreement}, aangezet door ${choice.by} op ${date(choice.at)}`
    : `Bewonersgegevens blijven op elke laptop, uitgezet door ${choice.by} op ${date(choice.at)}`
}
