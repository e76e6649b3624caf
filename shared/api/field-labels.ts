/**
 * Dutch names of input fields, so a validation message can say which field is wrong in words a coach
 * knows ("Einddatum: ligt voor de begindatum"). Keys are dotted paths or their last segment.
 */
export const fieldLabels: Readonly<Record<string, string>> = {
  name: 'Naam',
  gemeente: 'Gemeente',
  description: 'Omschrijving',
  period: 'Looptijd',
  'period.start': 'Begindatum',
  'period.end': 'Einddatum',
  goals: 'Doelen',
  'goals.addresses': 'Doel: adressen bereiken',
  'goals.conversations': 'Doel: gesprekken',
  'goals.ideas': 'Doel: ideeën',
  'goals.ideasRealised': 'Doel: gerealiseerde ideeën',
  themes: "Thema's",
  programmeId: 'Programma',
  scale: 'Schaal',
  language: 'Taal',
  activeProgrammeId: 'Actief programma',
  organisationName: 'Naam organisatie',
  authorName: 'Naam opsteller',
  accentColour: 'Accentkleur',
  logoBase64: 'Logo',
  backupsToKeep: 'Aantal back-ups',
  backupId: 'Back-up',
  title: 'Titel',
  date: 'Datum',
  startTime: 'Begintijd',
  endTime: 'Eindtijd',
  location: 'Locatie',
  status: 'Status',
  reason: 'Reden',
  note: 'Notitie',
  outcome: 'Uitkomst',
  houseNumber: 'Huisnummer',
  addition: 'Toevoeging',
  postcode: 'Postcode',
  streetId: 'Straat',
  addressId: 'Adres',
  ideaId: 'Idee',
  partnerId: 'Partner',
  sessionId: 'Bijeenkomst',
  kind: 'Soort',
}

/** The coach-facing name of an input field path, falling back to the path itself. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const dotted = path.map(String).join('.')
  if (dotted === '') return 'Invoer'
  const last = String(path[path.length - 1])
  return fieldLabels[dotted] ?? fieldLabels[last] ?? dotted
}
