import { z } from 'zod'
import { idSchema, isoDateSchema, longText, programmeEntityBaseSchema } from './common'
import { connectionKinds } from './resident-vocabulary'

/** A check whether a connection still runs. */
export const connectionCheckSchema = z.object({
  on: isoDateSchema,
  running: z.boolean({ error: 'moet ja of nee zijn' }),
})
export type ConnectionCheck = z.infer<typeof connectionCheckSchema>

/**
 * A connection (verbinding): residents brought into contact with each other ("buurvrouw helpt met
 * boodschappen"). It involves residents and/or addresses, may grow from an idea or a signal, and is
 * checked now and then: does it still run? `streetIds` are the streets of those involved, kept when an
 * erasure removes the address links.
 */
export const connectionSchema = programmeEntityBaseSchema.extend({
  kind: z.enum(connectionKinds, { error: 'is geen bekend soort verbinding' }),
  description: longText(2000).default(''),
  date: isoDateSchema,
  residentIds: z.array(idSchema).max(100).default([]),
  addressIds: z.array(idSchema).max(100).default([]),
  streetIds: z.array(idSchema).max(100).default([]),
  ideaId: idSchema.optional(),
  signalId: idSchema.optional(),
  checks: z.array(connectionCheckSchema).max(1000).default([]),
})
export type Connection = z.infer<typeof connectionSchema>
