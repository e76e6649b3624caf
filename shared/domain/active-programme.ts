/**
 * The programme the app opens on: the one the settings name as active, or (when that one no longer
 * exists, or none is named) the first of the list, which `programme.list` gives newest first.
 * The dashboard, the programme switcher and the start of the app all use this one rule.
 */
export function activeProgrammeOf<P extends { id: string }>(
  programmes: readonly P[],
  activeProgrammeId: string | undefined,
): P | undefined {
  return programmes.find((programme) => programme.id === activeProgrammeId) ?? programmes[0]
}
