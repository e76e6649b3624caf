import { randomUUID } from 'node:crypto'

/**
 * A new random UUID (v4) for an entity. Node builds `randomUUID()`'s text from many small pieces,
 * and V8 keeps such a string as a tree of those pieces: about 500 bytes for 36 characters. The
 * store holds every id for as long as the app runs (an imported street file: a quarter of a million),
 * so each id is copied into one flat string of its own first.
 */
export function newUuid(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1')
}
