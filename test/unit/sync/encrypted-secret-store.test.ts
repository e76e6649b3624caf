import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { encryptedSecretStore } from '../../../main/services/sync/encrypted-secret-store'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

const reversing = {
  isEncryptionAvailable: () => true,
  encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
  decryptString: (encrypted: Buffer) => Buffer.from(encrypted).reverse().toString('utf8'),
}

describe('the team password on the desktop', () => {
  it('is kept encrypted in its own file, survives a restart and is gone after leaving', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kc-secrets-'))
    dirs.push(dir)
    const file = join(dir, 'secret.json')
    await encryptedSecretStore(file, reversing).set('sync-password', 'Geheim-Wachtwoord-42')
    expect(await readFile(file, 'utf8')).not.toContain('Geheim-Wachtwoord-42')
    const again = encryptedSecretStore(file, reversing)
    expect(again.persistent).toBe(true)
    expect(await again.get('sync-password')).toBe('Geheim-Wachtwoord-42')
    await again.delete('sync-password')
    expect(await again.get('sync-password')).toBeUndefined()
  })

  it('is asked each session where the system offers no encryption', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kc-secrets-'))
    dirs.push(dir)
    const store = encryptedSecretStore(join(dir, 'secret.json'), {
      ...reversing,
      isEncryptionAvailable: () => false,
    })
    expect(store.persistent).toBe(false)
    await store.set('sync-password', 'x')
    await expect(readFile(join(dir, 'secret.json'))).rejects.toThrow()
  })
})
