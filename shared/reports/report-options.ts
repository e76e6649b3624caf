import { type Programme } from '../model'

/** A verantwoording is interim (tussentijds) while the programme runs, final (eind) once it has ended. */
export const accountabilityStages = ['tussentijds', 'eind'] as const
export type AccountabilityStage = (typeof accountabilityStages)[number]

/**
 * The stage of a verantwoording over a period ending on `periodTo`: final when the programme has an
 * end date and the period reaches it, interim otherwise (also for a programme without an end date).
 */
export function accountabilityStageFor(
  programmePeriod: Pick<Programme['period'], 'end'>,
  periodTo: string,
): AccountabilityStage {
  return programmePeriod.end !== undefined && periodTo >= programmePeriod.end ? 'eind' : 'tussentijds'
}

/** Up to this many ideas the gemeente report has an appendix with all of them, unless the coach says otherwise. */
export const APPENDIX_MAX_IDEAS = 50

/** Whether the gemeente report lists every idea in an appendix: as asked, or by default up to 50 ideas. */
export function includesAppendix(asked: boolean | undefined, ideas: number): boolean {
  return asked ?? ideas <= APPENDIX_MAX_IDEAS
}
