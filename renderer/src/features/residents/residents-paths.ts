/** The sections of the Bewoners page, as `?onderdeel=` in its address. */
export const residentSections = ['bewoners', 'verbindingen', 'signalen'] as const
export type ResidentSection = (typeof residentSections)[number]

/** The Bewoners page, optionally at one section. */
export function residentsPath(section: ResidentSection = 'bewoners'): string {
  return section === 'bewoners' ? '/bewoners' : `/bewoners?onderdeel=${section}`
}
