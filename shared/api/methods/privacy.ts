import { z } from 'zod'
import { idSchema, shortText, type AuditEntry } from '../../model'
import { type RedactionTerms } from '../../domain/redaction'
import { method } from '../define-method'
import { type BackupInfo } from './core'
import { type SignalRetentionItem } from './residents'

/** What an erasure removed, and which backups still hold the old data. */
export interface ErasureResult {
  addressesCleared: number
  contactNotesCleared: number
  initiatorsCleared: number
  notesRedacted: number
  reportHistoryEntriesRemoved: number
  /** Active residents made anonymous: name, address link and pseudonym cleared; their roles still count. */
  residentsCleared: number
  /** Connections the resident or address was taken out of. */
  connectionsCleared: number
  /** Signals reduced to what is kept without consent: category, street, day, route and status. */
  signalsCleared: number
  /** Backups that still contain the erased data; the coach decides whether to delete them. */
  backupsStillHolding: BackupInfo[]
}

/** An address whose door notes or resident data are older than the retention period. */
export interface RetentionItem {
  addressId: string
  streetName: string
  label: string
  lastContact?: string
  hasName: boolean
  hasPhone: boolean
  notes: number
}

/** A file made for the coach: its name and bytes as base64. */
export interface PrivacyFile {
  fileName: string
  base64: string
}

/** The coach's privacy duties under the AVG: erase, access requests, retention, audit log. */
export const privacyMethods = {
  'privacy.erase': method<ErasureResult>()(
    z
      .object({
        programmeId: idSchema,
        addressId: idSchema.optional(),
        /** A resident's name as it was recorded (resident name or idea initiator). */
        name: shortText(120).optional(),
      })
      .strict()
      .refine((input) => Boolean(input.addressId || input.name?.trim()), {
        error: 'kies een adres of vul een naam in',
        path: ['addressId'],
        params: { rule: 'eraseNeedsAddressOrName' },
      }),
    'Erase a resident everywhere: names, phone numbers, door notes, initiator links, active-resident records, connections, signals, report history mentions.',
  ),
  'privacy.exportAddress': method<PrivacyFile>()(
    z.object({ addressId: idSchema, format: z.enum(['json', 'docx']).default('json') }).strict(),
    'Everything the app holds about one address, for an access request (inzageverzoek), as JSON or Word.',
  ),
  'privacy.retention': method<RetentionItem[]>()(
    z.object({ programmeId: idSchema }).strict(),
    'Addresses whose notes and names are older than the retention period (flagged for removal).',
  ),
  'privacy.applyRetention': method<{ cleared: number }>()(
    z.object({ programmeId: idSchema, addressIds: z.array(idSchema).min(1).max(100_000) }).strict(),
    'Remove door notes, names and phone numbers of the given flagged addresses.',
  ),
  'privacy.signalRetention': method<SignalRetentionItem[]>()(
    z.object({ programmeId: idSchema }).strict(),
    'Signals whose follow-up closed longer ago than the signal retention period and still hold an address, note or contact person.',
  ),
  'privacy.applySignalRetention': method<{ cleared: number }>()(
    z.object({ programmeId: idSchema, signalIds: z.array(idSchema).min(1).max(100_000) }).strict(),
    'Remove the address, note and contact person of the given flagged signals; they still count.',
  ),
  'privacy.redactionTerms': method<RedactionTerms>()(
    z.object({ programmeId: idSchema }).strict(),
    'The residents’ names and street names that anonymised outputs on screen (presentation, printed verslag) remove from free text.',
  ),
  'audit.list': method<AuditEntry[]>()(
    z.object({ programmeId: idSchema.optional() }).strict().default({}),
    'The audit log (exports, reports with names, erasures), newest first.',
  ),
} as const
