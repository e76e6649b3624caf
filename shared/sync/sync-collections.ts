import { type z } from 'zod'
import {
  actionSchema,
  addressSchema,
  connectionSchema,
  areaSchema,
  auditEntrySchema,
  contactMomentSchema,
  ideaSchema,
  partnerSchema,
  programmeSchema,
  reportHistoryEntrySchema,
  residentSchema,
  sessionSchema,
  signalSchema,
  streetSchema,
  teamMemberSchema,
  type StoreCollection,
} from '../model'

/**
 * Whether a collection leaves the laptop when a team shares a programme:
 * - `shared`: always, except the fields listed in `residentFields` (those only with the team's opt-in);
 * - `withIdentifiers`: the whole collection holds resident identifiers (e.g. signals): only with the opt-in;
 * - `never`: this laptop's own log (audit log, report history), never shared.
 */
export type SyncSharing = 'shared' | 'withIdentifiers' | 'never'

/** How one store collection is shared: its element schema and where its resident identifiers are. */
export interface SyncCollectionRule {
  readonly schema: z.ZodType
  readonly sharing: SyncSharing
  /** Top-level fields that identify a resident (names, phone numbers, door notes); they stay local by default. */
  readonly residentFields: readonly string[]
  /** Dutch name of the collection for the conflict list ("Ideeën: 'Moestuin' …"). */
  readonly label: string
  /** English name of the collection. */
  readonly labelEn: string
  /** The field that names one entity in the conflict list. */
  readonly titleField: string
  /**
   * Array fields whose entries are merged by union when two laptops changed the entity (e.g. an
   * idea's history), so no entry is lost whichever version wins.
   */
  readonly unionFields: readonly string[]
}

/**
 * Every store collection and how a team shares it. Adding a collection to the store is one line here;
 * the type makes a missing line a compile error.
 */
export const syncCollections: Readonly<Record<StoreCollection, SyncCollectionRule>> = {
  programmes: rule(programmeSchema, 'shared', [], 'Programma', 'Programme', 'name'),
  teamMembers: rule(teamMemberSchema, 'shared', [], 'Team', 'Team', 'name'),
  partners: rule(partnerSchema, 'shared', [], 'Partners', 'Partners', 'name'),
  areas: rule(areaSchema, 'shared', [], 'Kernen en wijken', 'Areas', 'name'),
  streets: rule(streetSchema, 'shared', [], 'Straten', 'Streets', 'name'),
  addresses: rule(
    addressSchema,
    'shared',
    ['residentName', 'phone', 'householdNote'],
    'Adressen',
    'Addresses',
    'houseNumber',
  ),
  contacts: rule(contactMomentSchema, 'shared', ['note'], 'Contactmomenten', 'Contacts', 'date'),
  sessions: rule(sessionSchema, 'shared', [], 'Straatsessies', 'Street sessions', 'title'),
  ideas: rule(ideaSchema, 'shared', ['initiators'], 'Ideeën', 'Ideas', 'title', ['history', 'feedback']),
  actions: rule(actionSchema, 'shared', [], 'Acties', 'Actions', 'title'),
  residents: rule(residentSchema, 'shared', ['name'], 'Bewoners aan zet', 'Active residents', 'pseudonym'),
  connections: rule(connectionSchema, 'shared', [], 'Verbindingen', 'Connections', 'description', [
    'checks',
  ]),
  signals: rule(signalSchema, 'withIdentifiers', [], 'Signalen', 'Signals', 'category', ['history']),
  reportHistory: rule(reportHistoryEntrySchema, 'never', [], 'Rapporten', 'Reports', 'kind'),
  auditLog: rule(auditEntrySchema, 'never', [], 'Logboek', 'Audit log', 'kind'),
}

function rule(
  schema: z.ZodType,
  sharing: SyncSharing,
  residentFields: readonly string[],
  label: string,
  labelEn: string,
  titleField: string,
  unionFields: readonly string[] = [],
): SyncCollectionRule {
  return { schema, sharing, residentFields, label, labelEn, titleField, unionFields }
}

/** The collections that may leave the laptop, given the team's choice about resident identifiers. */
export function sharedCollectionNames(shareIdentifiers: boolean): StoreCollection[] {
  return (Object.keys(syncCollections) as StoreCollection[]).filter((name) => {
    const sharing = syncCollections[name].sharing
    return sharing === 'shared' || (sharing === 'withIdentifiers' && shareIdentifiers)
  })
}

/** True for a name of a store collection in the table. */
export function isSyncCollection(name: string): name is StoreCollection {
  return Object.prototype.hasOwnProperty.call(syncCollections, name)
}
