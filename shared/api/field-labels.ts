import { type Language } from '../model/vocabulary'

/** A field's name in both languages of the app. */
export interface FieldLabel {
  nl: string
  en: string
}

/**
 * The names of input fields as a coach knows them ("Einddatum: ligt voor de begindatum"), in Dutch
 * and English. Keys are a field's own name, a dotted path (`period.end`), or a path for one method
 * only (`address.addRange:from`). A test walks the contract so that no field of any method is left
 * without one.
 */
export const fieldLabels: Readonly<Record<string, FieldLabel>> = {
  // Programmes and settings
  name: { nl: 'Naam', en: 'Name' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  description: { nl: 'Omschrijving', en: 'Description' },
  period: { nl: 'Looptijd', en: 'Period' },
  'period.start': { nl: 'Begindatum', en: 'Start date' },
  'period.end': { nl: 'Einddatum', en: 'End date' },
  goals: { nl: 'Doelen', en: 'Goals' },
  'goals.addresses': { nl: 'Doel: adressen bereiken', en: 'Goal: addresses reached' },
  'goals.conversations': { nl: 'Doel: gesprekken', en: 'Goal: conversations' },
  'goals.ideas': { nl: 'Doel: ideeën', en: 'Goal: ideas' },
  'goals.ideasRealised': { nl: 'Doel: gerealiseerde ideeën', en: 'Goal: ideas realised' },
  themes: { nl: "Thema's", en: 'Themes' },
  starterPartners: { nl: 'Vaste partners', en: 'Usual partners' },
  'themes.code': { nl: 'Code van het thema', en: 'Theme code' },
  'themes.label': { nl: 'Naam van het thema', en: 'Theme name' },
  'themes.archived': { nl: 'Thema gearchiveerd', en: 'Theme archived' },
  programmeId: { nl: 'Programma', en: 'Programme' },
  scale: { nl: 'Schaal', en: 'Scale' },
  language: { nl: 'Taal', en: 'Language' },
  activeProgrammeId: { nl: 'Actief programma', en: 'Active programme' },
  organisationName: { nl: 'Naam organisatie', en: 'Organisation name' },
  authorName: { nl: 'Naam opsteller', en: 'Author name' },
  accentColour: { nl: 'Accentkleur', en: 'Accent colour' },
  logoBase64: { nl: 'Logo', en: 'Logo' },
  backupsToKeep: { nl: 'Aantal back-ups', en: 'Number of backups' },
  // Working as a team
  serverUrl: { nl: 'Serveradres', en: 'Server address' },
  database: { nl: 'Database', en: 'Database' },
  username: { nl: 'Gebruikersnaam', en: 'User name' },
  password: { nl: 'Wachtwoord', en: 'Password' },
  shareIdentifiers: { nl: 'Namen en telefoonnummers delen', en: 'Share names and phone numbers' },
  agreement: { nl: 'Verwerkersovereenkomst', en: 'Processing agreement' },
  docId: { nl: 'Conflict', en: 'Conflict' },
  choices: { nl: 'Keuze per veld', en: 'Choice per field' },
  retentionMonths: { nl: 'Bewaartermijn (maanden)', en: 'Retention period (months)' },
  signalRetentionMonths: {
    nl: 'Bewaartermijn signalen (maanden)',
    en: 'Retention period of signals (months)',
  },
  sessionTimes: { nl: 'Gebruikelijke tijden per soort sessie', en: 'Usual times per kind of session' },
  // Active residents, connections and signals
  'goals.activeResidents': { nl: 'Doel: actieve bewoners', en: 'Goal: active residents' },
  'goals.connections': { nl: 'Doel: verbindingen', en: 'Goal: connections' },
  residentId: { nl: 'Bewoner', en: 'Resident' },
  residentIds: { nl: 'Bewoners', en: 'Residents' },
  pseudonym: { nl: 'Schuilnaam', en: 'Pseudonym' },
  consentToBeNamed: { nl: 'Toestemming om genoemd te worden', en: 'Consent to be named' },
  roleId: { nl: 'Rol', en: 'Role' },
  'role.role': { nl: 'Rol', en: 'Role' },
  'role.ideaId': { nl: 'Idee van de rol', en: 'Idea of the role' },
  'role.start': { nl: 'Rol sinds', en: 'Role since' },
  start: { nl: 'Begindatum', en: 'Start date' },
  end: { nl: 'Einddatum', en: 'End date' },
  connectionId: { nl: 'Verbinding', en: 'Connection' },
  running: { nl: 'Loopt nog', en: 'Still running' },
  signalId: { nl: 'Signaal', en: 'Signal' },
  signalIds: { nl: 'Signalen', en: 'Signals' },
  category: { nl: 'Soort signaal', en: 'Kind of signal' },
  consent: { nl: 'Toestemming', en: 'Consent' },
  consentHow: { nl: 'Hoe toestemming gegeven', en: 'How consent was given' },
  consentOn: { nl: 'Wanneer toestemming gegeven', en: 'When consent was given' },
  route: { nl: 'Route', en: 'Route' },
  handover: { nl: 'Overdracht', en: 'Handover' },
  contactPerson: { nl: 'Contactpersoon bij de partner', en: 'Contact person at the partner' },
  backupId: { nl: 'Back-up', en: 'Backup' },
  fileName: { nl: 'Bestandsnaam', en: 'File name' },
  base64: { nl: 'Bestand', en: 'File' },
  passphrase: { nl: 'Wachtwoord', en: 'Passphrase' },
  // Streets, addresses and door contacts
  areaId: { nl: 'Gebied', en: 'Area' },
  'area.create:kind': { nl: 'Soort gebied', en: 'Kind of area' },
  'area.update:kind': { nl: 'Soort gebied', en: 'Kind of area' },
  streetId: { nl: 'Straat', en: 'Street' },
  streetIds: { nl: 'Straten', en: 'Streets' },
  place: { nl: 'Woonplaats', en: 'Place' },
  notes: { nl: 'Notities', en: 'Notes' },
  addressId: { nl: 'Adres', en: 'Address' },
  addressIds: { nl: 'Adressen', en: 'Addresses' },
  houseNumber: { nl: 'Huisnummer', en: 'House number' },
  addition: { nl: 'Toevoeging', en: 'Addition' },
  postcode: { nl: 'Postcode', en: 'Postcode' },
  householdNote: { nl: 'Notitie bij het huishouden', en: 'Household note' },
  residentName: { nl: 'Naam bewoner', en: "Resident's name" },
  phone: { nl: 'Telefoonnummer', en: 'Phone number' },
  consentToContact: { nl: 'Toestemming', en: 'Consent' },
  'address.addRange:from': { nl: 'Eerste huisnummer', en: 'First house number' },
  'address.addRange:to': { nl: 'Laatste huisnummer', en: 'Last house number' },
  parity: { nl: 'Welke nummers', en: 'Which numbers' },
  mode: { nl: 'Importwijze', en: 'Import mode' },
  order: { nl: 'Volgorde', en: 'Order' },
  includeDoNotContact: { nl: 'Niet-benaderen meenemen', en: 'Include do-not-contact' },
  outcome: { nl: 'Uitkomst', en: 'Outcome' },
  contactId: { nl: 'Contactmoment', en: 'Contact' },
  teamMemberId: { nl: 'Teamlid', en: 'Team member' },
  date: { nl: 'Datum', en: 'Date' },
  note: { nl: 'Notitie', en: 'Note' },
  from: { nl: 'Vanaf', en: 'From' },
  to: { nl: 'Tot en met', en: 'Up to' },
  // Ideas, partners, team and actions
  ideaId: { nl: 'Idee', en: 'Idea' },
  intoIdeaId: { nl: 'Samenvoegen met', en: 'Merge into' },
  title: { nl: 'Titel', en: 'Title' },
  status: { nl: 'Status', en: 'Status' },
  statuses: { nl: 'Statussen', en: 'Statuses' },
  reason: { nl: 'Reden', en: 'Reason' },
  ask: { nl: 'Vraag aan de partner', en: 'Question for the partner' },
  channel: { nl: 'Hoe teruggekoppeld', en: 'How residents were told' },
  supporters: { nl: 'Aantal bewoners dat het steunt', en: 'Number of residents who support it' },
  initiators: { nl: 'Initiatiefnemers', en: 'Initiators' },
  'initiators.addressId': { nl: 'Adres van de initiatiefnemer', en: "Initiator's address" },
  'initiators.name': { nl: 'Naam van de initiatiefnemer', en: "Initiator's name" },
  'initiators.pseudonym': { nl: 'Schuilnaam van de initiatiefnemer', en: "Initiator's pseudonym" },
  ingredients: { nl: 'Ingrediënten', en: 'Ingredients' },
  needs: { nl: 'Wat is nodig', en: 'What is needed' },
  scope: { nl: 'Soort idee', en: 'Kind of idea' },
  collectedOn: { nl: 'Opgehaald op', en: 'Collected on' },
  highlighted: { nl: 'Uitgelicht', en: 'Highlighted' },
  search: { nl: 'Zoeken', en: 'Search' },
  format: { nl: 'Bestandsformaat', en: 'File format' },
  partnerId: { nl: 'Partner', en: 'Partner' },
  partnerIds: { nl: 'Partners', en: 'Partners' },
  'partner.create:kind': { nl: 'Soort partner', en: 'Kind of partner' },
  'partner.update:kind': { nl: 'Soort partner', en: 'Kind of partner' },
  'connection.create:kind': { nl: 'Soort verbinding', en: 'Kind of connection' },
  'connection.update:kind': { nl: 'Soort verbinding', en: 'Kind of connection' },
  contacts: { nl: 'Contactpersonen', en: 'Contact persons' },
  'contacts.name': { nl: 'Naam van de contactpersoon', en: "Contact person's name" },
  'contacts.role': { nl: 'Functie van de contactpersoon', en: "Contact person's role" },
  'contacts.email': { nl: 'E-mailadres van de contactpersoon', en: "Contact person's e-mail" },
  'contacts.phone': { nl: 'Telefoonnummer van de contactpersoon', en: "Contact person's phone" },
  role: { nl: 'Rol', en: 'Role' },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  actionId: { nl: 'Vervolgstap', en: 'Follow-up step' },
  ownerTeamMemberId: { nl: 'Eigenaar (teamlid)', en: 'Owner (team member)' },
  ownerPartnerId: { nl: 'Eigenaar (partner)', en: 'Owner (partner)' },
  due: { nl: 'Uiterlijk op', en: 'Due by' },
  doneOn: { nl: 'Gedaan op', en: 'Done on' },
  whatChanged: { nl: 'Wat is er veranderd voor bewoners', en: 'What changed for residents' },
  accountabilityStage: { nl: 'Soort verantwoording', en: 'Kind of accountability report' },
  includeAppendix: { nl: 'Bijlage met alle ideeën', en: 'Appendix with all ideas' },
  done: { nl: 'Afgerond', en: 'Done' },
  openOnly: { nl: 'Alleen open vervolgstappen', en: 'Open follow-up steps only' },
  // Sessions
  sessionId: { nl: 'Sessie', en: 'Session' },
  sessionIds: { nl: 'Sessies', en: 'Sessions' },
  type: { nl: 'Soort sessie', en: 'Kind of session' },
  startTime: { nl: 'Begintijd', en: 'Start time' },
  endTime: { nl: 'Eindtijd', en: 'End time' },
  location: { nl: 'Locatie', en: 'Location' },
  teamMemberIds: { nl: 'Teamleden', en: 'Team members' },
  invitedPartnerIds: { nl: 'Uitgenodigde partners', en: 'Invited partners' },
  attendingPartnerIds: { nl: 'Aanwezige partners', en: 'Partners present' },
  attendees: { nl: 'Aantal aanwezigen', en: 'Number present' },
  goal: { nl: 'Doel en agenda', en: 'Goal and agenda' },
  complete: { nl: 'Verslag compleet', en: 'Report complete' },
  // Reports and privacy
  'report.generate:kind': { nl: 'Soort rapport', en: 'Kind of report' },
  'report.preview:kind': { nl: 'Soort rapport', en: 'Kind of report' },
  includeNames: { nl: 'Namen van bewoners opnemen', en: "Include residents' names" },
  'privacy.erase:name': { nl: 'Naam van de bewoner', en: "Resident's name" },
}

/** The whole input (an issue without a path). */
const inputLabel: FieldLabel = { nl: 'De invoer', en: 'The input' }

/**
 * The coach-facing name of an input field, in `language`: for `['themes', 2, 'label']` the label of
 * `themes.label` with the item's position ("Naam van het thema (nr. 3)"). Looks for the method's own
 * label first, then the dotted path, then the field's own name; never answers a raw path.
 */
export function fieldLabel(path: readonly PropertyKey[], language: Language = 'nl', method?: string): string {
  const named = path.filter((part): part is string => typeof part === 'string')
  const position = path.findLast((part) => typeof part === 'number')
  if (named.length === 0) {
    const whole = inputLabel[language]
    return position === undefined ? whole : `${whole} (${language === 'nl' ? 'nr.' : 'no.'} ${position + 1})`
  }
  const label = labelOf(named, method)
  const text = label ? label[language] : language === 'nl' ? 'Een veld' : 'A field'
  return position === undefined ? text : `${text} (${language === 'nl' ? 'nr.' : 'no.'} ${position + 1})`
}

/** The label for a path of names, if the table has one (method's own, dotted, then shorter). */
export function labelOf(named: readonly string[], method?: string): FieldLabel | undefined {
  for (let start = 0; start < named.length; start += 1) {
    const dotted = named.slice(start).join('.')
    const label = (method ? fieldLabels[`${method}:${dotted}`] : undefined) ?? fieldLabels[dotted]
    if (label) return label
  }
  return undefined
}
