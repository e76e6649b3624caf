import { describe, expect, it } from 'vitest'
import { decryptBackup, encryptBackup, isEncryptedBackup } from '../../../main/io/backup-crypto'

/** A low cost keeps the tests quick; the header carries the cost, so decrypting needs nothing else. */
const cheap = { N: 2 ** 10, r: 8, p: 1 }
const content = new TextEncoder().encode(JSON.stringify({ manifest: {}, store: { naam: 'Marieke Jansen' } }))

function header(bytes: Uint8Array): Record<string, unknown> {
  const buffer = Buffer.from(bytes)
  const length = buffer.readUInt32BE(9)
  return JSON.parse(buffer.toString('utf8', 13, 13 + length)) as Record<string, unknown>
}

function withHeader(bytes: Uint8Array, change: (header: Record<string, unknown>) => void): Uint8Array {
  const buffer = Buffer.from(bytes)
  const length = buffer.readUInt32BE(9)
  const next = header(bytes)
  change(next)
  const json = Buffer.from(JSON.stringify(next))
  const prefix = Buffer.from(buffer.subarray(0, 13))
  prefix.writeUInt32BE(json.length, 9)
  return Buffer.concat([prefix, json, buffer.subarray(13 + length)])
}

describe('encrypted backup files', () => {
  it('opens with the passphrase it was made with, and only with that one', async () => {
    const bytes = await encryptBackup(content, 'paars konijn zingt morgen', cheap)
    expect(isEncryptedBackup(bytes)).toBe(true)
    expect(Buffer.from(bytes).includes(Buffer.from('Jansen'))).toBe(false)
    const opened = await decryptBackup(bytes, 'paars konijn zingt morgen')
    expect(opened.ok && Buffer.from(opened.content).equals(Buffer.from(content))).toBe(true)
    expect(await decryptBackup(bytes, 'paars konijn zingt Morgen')).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    })
  })

  it('uses a new random salt and nonce every time, with scrypt and AES-256-GCM named in the header', async () => {
    const [a, b] = await Promise.all([
      encryptBackup(content, 'paars konijn zingt morgen', cheap),
      encryptBackup(content, 'paars konijn zingt morgen', cheap),
    ])
    expect(header(a)).toMatchObject({
      formatVersion: 2,
      cipher: 'aes-256-gcm',
      kdf: { name: 'scrypt', N: 1024, r: 8, p: 1 },
    })
    expect(header(a).nonce).not.toBe(header(b).nonce)
    expect((header(a).kdf as { salt: string }).salt).not.toBe((header(b).kdf as { salt: string }).salt)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
  })

  it('refuses a file whose header was changed, also where the change is valid JSON', async () => {
    const bytes = await encryptBackup(content, 'paars konijn zingt morgen', cheap)
    const compression = withHeader(bytes, (h) => (h.compression = 'none'))
    expect(await decryptBackup(compression, 'paars konijn zingt morgen')).toEqual({
      ok: false,
      reason: 'changed',
    })
    // The header is authenticated: even an accepted, re-ordered header does not open.
    const reordered = withHeader(bytes, (h) => {
      const { format, ...rest } = h
      for (const key of Object.keys(h)) delete h[key]
      Object.assign(h, rest, { format })
    })
    expect(await decryptBackup(reordered, 'paars konijn zingt morgen')).toEqual({
      ok: false,
      reason: 'changed',
    })
  })

  it('refuses a forged header that would make opening it cost gigabytes', async () => {
    const bytes = await encryptBackup(content, 'paars konijn zingt morgen', cheap)
    const forged = withHeader(bytes, (h) => ((h.kdf as { N: number }).N = 2 ** 30))
    expect(await decryptBackup(forged, 'paars konijn zingt morgen')).toEqual({ ok: false, reason: 'changed' })
  })
})
