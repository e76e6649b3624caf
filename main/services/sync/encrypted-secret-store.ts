import { readFile, rm } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileDurably } from '../../store/durable-write'
import { nodeFsOps } from '../../store/fs-ops'
import { memorySecretStore, type SecretStore } from './secret-store'

/** The part of Electron's safeStorage used here (the operating system's keychain). */
export interface StringEncryptor {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

/** The file in the data folder with the encrypted team password. */
export const SYNC_SECRET_FILE = 'krachtstroom.sync-secret.json'

const fileSchema = z.record(z.string(), z.string())

/**
 * Secrets encrypted by the operating system (Electron's safeStorage) in one private file of the data
 * folder. Where the system offers no encryption, nothing is written: the secrets then live in memory
 * and the coach is asked again next session.
 */
export function encryptedSecretStore(file: string, encryptor: StringEncryptor | undefined): SecretStore {
  if (!encryptor?.isEncryptionAvailable()) return memorySecretStore()
  const readAll = async (): Promise<Record<string, string>> => {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
      return parsed.success ? parsed.data : {}
    } catch {
      return {}
    }
  }
  const writeAll = async (all: Record<string, string>): Promise<void> => {
    if (Object.keys(all).length === 0) await rm(file, { force: true })
    else await writeFileDurably(file, JSON.stringify(all), { fs: nodeFsOps })
  }
  return {
    persistent: true,
    get: async (key) => {
      const encrypted = (await readAll())[key]
      if (encrypted === undefined) return undefined
      try {
        return encryptor.decryptString(Buffer.from(encrypted, 'base64'))
      } catch {
        return undefined
      }
    },
    set: async (key, value) => {
      const all = await readAll()
      all[key] = encryptor.encryptString(value).toString('base64')
      await writeAll(all)
    },
    delete: async (key) => {
      const all = await readAll()
      delete all[key]
      await writeAll(all)
    },
  }
}
