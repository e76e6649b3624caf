import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { z } from 'zod'

/**
 * Encrypted backup files (.kcbackup, format version 2), with Node's own crypto only:
 *
 *   "KCBACKUP" · version byte 2 · header length (uint32, big-endian) · header (JSON) · ciphertext · tag (16)
 *
 * The key comes from the coach's passphrase through scrypt with a random salt; the content (the
 * gzipped version-1 backup: manifest and store) is encrypted with AES-256-GCM under a random nonce.
 * Everything before the ciphertext, the header with its format version included, is authenticated
 * as additional data, so changing any byte of the file makes it refuse to open. A check value in
 * the header tells a wrong passphrase apart from a changed file; it gives an attacker nothing the
 * tag does not already give.
 */

const MAGIC = Buffer.from('KCBACKUP', 'ascii')
export const ENCRYPTED_FORMAT_VERSION = 2
const TAG_BYTES = 16
const PREFIX_BYTES = MAGIC.length + 1 + 4
const CHECK_LABEL = 'krachtstroom-coach backup passphrase check'
/** A file can hold at most this much once unpacked (a decompression bomb stops here). */
const MAX_CONTENT_BYTES = 1024 * 1024 * 1024

/** How costly the passphrase is to try: scrypt's N, r and p. */
export interface ScryptCost {
  N: number
  r: number
  p: number
}

/** The production cost: 2^17 × 8 (128 MiB, a fraction of a second on a laptop, slow for guessing). */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 }

const headerSchema = z
  .object({
    format: z.literal('krachtstroom-coach-backup'),
    formatVersion: z.literal(ENCRYPTED_FORMAT_VERSION),
    cipher: z.literal('aes-256-gcm'),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        // Bounded, so a forged header cannot make opening it take gigabytes or hours.
        N: z
          .number()
          .int()
          .min(2 ** 10)
          .max(2 ** 20)
          .refine((n) => (n & (n - 1)) === 0),
        r: z.number().int().min(1).max(16),
        p: z.number().int().min(1).max(4),
        salt: z.base64().length(44),
      })
      .strict(),
    nonce: z.base64().length(16),
    check: z.base64().length(24),
    compression: z.literal('gzip'),
  })
  .strict()
type Header = z.infer<typeof headerSchema>

const scryptAsync = (passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const maxmem = 128 * cost.N * cost.r * cost.p + 32 * 1024 * 1024
    scrypt(passphrase.normalize('NFC'), salt, 64, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })

function keysFrom(derived: Buffer): { key: Buffer; check: Buffer } {
  const key = derived.subarray(0, 32)
  const check = createHmac('sha256', derived.subarray(32)).update(CHECK_LABEL).digest().subarray(0, 16)
  return { key, check }
}

/** True when the bytes start like an encrypted backup file. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC)
}

/** Encrypts a backup's content (the version-1 bytes) with the passphrase. */
export async function encryptBackup(
  content: Uint8Array,
  passphrase: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<Uint8Array> {
  const salt = randomBytes(32)
  const nonce = randomBytes(12)
  const { key, check } = keysFrom(await scryptAsync(passphrase, salt, cost))
  const header: Header = {
    format: 'krachtstroom-coach-backup',
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    cipher: 'aes-256-gcm',
    kdf: { name: 'scrypt', ...cost, salt: salt.toString('base64') },
    nonce: nonce.toString('base64'),
    check: check.toString('base64'),
    compression: 'gzip',
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
  const prefix = Buffer.alloc(PREFIX_BYTES)
  MAGIC.copy(prefix)
  prefix.writeUInt8(ENCRYPTED_FORMAT_VERSION, MAGIC.length)
  prefix.writeUInt32BE(headerBytes.length, MAGIC.length + 1)
  const authenticated = Buffer.concat([prefix, headerBytes])
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(authenticated)
  const packed = await promisify(gzip)(content)
  const ciphertext = Buffer.concat([cipher.update(packed), cipher.final()])
  return new Uint8Array(Buffer.concat([authenticated, ciphertext, cipher.getAuthTag()]))
}

/** Why an encrypted backup did not open. */
export type DecryptFailure = 'wrong-passphrase' | 'changed' | 'newer-version' | 'damaged'

/** The content of an encrypted backup, or why it did not open. */
export type DecryptedBackup = { ok: true; content: Uint8Array } | { ok: false; reason: DecryptFailure }

function readHeader(bytes: Buffer): { header: Header; authenticated: Buffer } | DecryptFailure {
  if (bytes.length <= MAGIC.length) return 'damaged'
  const version = bytes.readUInt8(MAGIC.length)
  if (version > ENCRYPTED_FORMAT_VERSION) return 'newer-version'
  if (version !== ENCRYPTED_FORMAT_VERSION || bytes.length < PREFIX_BYTES + TAG_BYTES) return 'damaged'
  const length = bytes.readUInt32BE(MAGIC.length + 1)
  if (length > 4096 || PREFIX_BYTES + length + TAG_BYTES > bytes.length) return 'damaged'
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8', PREFIX_BYTES, PREFIX_BYTES + length))
  } catch {
    return 'changed'
  }
  const header = headerSchema.safeParse(parsed)
  if (!header.success) return 'changed'
  return { header: header.data, authenticated: bytes.subarray(0, PREFIX_BYTES + length) }
}

/**
 * Opens an encrypted backup with the passphrase. Never throws for a bad file or passphrase: a wrong
 * passphrase, a file changed after it was saved, one from a newer app version and a damaged one
 * each give their own reason.
 */
export async function decryptBackup(bytes: Uint8Array, passphrase: string): Promise<DecryptedBackup> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const read = readHeader(buffer)
  if (typeof read === 'string') return { ok: false, reason: read }
  const { header, authenticated } = read
  const { name: _name, salt, ...cost } = header.kdf
  const { key, check } = keysFrom(await scryptAsync(passphrase, Buffer.from(salt, 'base64'), cost))
  if (!timingSafeEqual(check, Buffer.from(header.check, 'base64')))
    return { ok: false, reason: 'wrong-passphrase' }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'))
  decipher.setAAD(authenticated)
  decipher.setAuthTag(buffer.subarray(buffer.length - TAG_BYTES))
  let packed: Buffer
  try {
    packed = Buffer.concat([
      decipher.update(buffer.subarray(authenticated.length, buffer.length - TAG_BYTES)),
      decipher.final(),
    ])
  } catch {
    return { ok: false, reason: 'changed' }
  }
  try {
    return {
      ok: true,
      content: new Uint8Array(await promisify(gunzip)(packed, { maxOutputLength: MAX_CONTENT_BYTES })),
    }
  } catch {
    return { ok: false, reason: 'damaged' }
  }
}
