/** The Straten pages' addresses (inside the hash router). */
export const streetsPath = '/straten'

/** Straten with the "Straat toevoegen" dialog open, for links from other pages. */
export const addStreetPath = '/straten?toevoegen=straat'

/** The CSV import wizard. */
export const addressImportPath = '/straten/importeren'

/** One street's page. */
export function streetPath(streetId: string): string {
  return `/straten/${encodeURIComponent(streetId)}`
}

/** Door mode for a street, optionally linked to a session (`?sessie=`). */
export function doorModePath(streetId: string, sessionId?: string): string {
  const query = sessionId ? `?sessie=${encodeURIComponent(sessionId)}` : ''
  return `${streetPath(streetId)}/ronde${query}`
}

/** The printable walk list of one street. */
export function walkListPath(streetId: string): string {
  return `${streetPath(streetId)}/looplijst`
}

/** The printable walk list of all streets of a session. */
export function sessionWalkListPath(sessionId: string): string {
  return `/straten/looplijst?sessie=${encodeURIComponent(sessionId)}`
}
