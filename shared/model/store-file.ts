import { z } from 'zod'
import { actionSchema } from './action'
import { contactMomentSchema } from './contact'
import { ideaSchema } from './idea'
import { partnerSchema, teamMemberSchema } from './people'
import { programmeSchema } from './programme'
import { sessionSchema } from './session'
import { auditEntrySchema, reportHistoryEntrySchema, settingsSchema } from './settings'
import { addressSchema, areaSchema, streetSchema } from './streets'
import { connectionSchema } from './connection'
import { residentSchema } from './resident'
import { signalSchema } from './signal'

/** The schema version this app writes. Older files are migrated; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 3

/** Everything the app stores: one JSON file in the data folder. */
export const storeDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  programmes: z.array(programmeSchema),
  teamMembers: z.array(teamMemberSchema),
  partners: z.array(partnerSchema),
  areas: z.array(areaSchema),
  streets: z.array(streetSchema),
  addresses: z.array(addressSchema),
  contacts: z.array(contactMomentSchema),
  sessions: z.array(sessionSchema),
  ideas: z.array(ideaSchema),
  actions: z.array(actionSchema),
  /** Active residents (bewoners aan zet) with their roles; added in schema version 3. */
  residents: z.array(residentSchema),
  /** Connections between neighbours; added in schema version 3. */
  connections: z.array(connectionSchema),
  /** Individual signals with the resident's consent; added in schema version 3. */
  signals: z.array(signalSchema),
  reportHistory: z.array(reportHistoryEntrySchema),
  /** Added before the first release; files without it read as an empty log. */
  auditLog: z.array(auditEntrySchema).default([]),
  settings: settingsSchema,
})
export type StoreData = z.infer<typeof storeDataSchema>

/** Names of the entity collections in the store, e.g. for counting a backup's contents. */
export const storeCollections = [
  'programmes',
  'teamMembers',
  'partners',
  'areas',
  'streets',
  'addresses',
  'contacts',
  'sessions',
  'ideas',
  'actions',
  'residents',
  'connections',
  'signals',
  'reportHistory',
  'auditLog',
] as const
export type StoreCollection = (typeof storeCollections)[number]

/** A fresh, empty store as written on first start. */
export function emptyStoreData(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    programmes: [],
    teamMembers: [],
    partners: [],
    areas: [],
    streets: [],
    addresses: [],
    contacts: [],
    sessions: [],
    ideas: [],
    actions: [],
    residents: [],
    connections: [],
    signals: [],
    reportHistory: [],
    auditLog: [],
    settings: settingsSchema.parse({}),
  }
}

/** Counts of live (not deleted) entities per collection, as shown for a backup. */
export type StoreCounts = Record<StoreCollection, number>

/** Counts the live entities of each collection. */
export function countStore(data: Pick<StoreData, StoreCollection>): StoreCounts {
  const counts = {} as StoreCounts
  for (const name of storeCollections) {
    const list = data[name] as ReadonlyArray<{ deletedAt?: string }>
    counts[name] = list.filter((item) => !item.deletedAt).length
  }
  return counts
}
