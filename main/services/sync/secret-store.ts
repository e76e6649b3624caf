/**
 * Where the team password is kept. The desktop app implements it with Electron's safeStorage (the
 * operating system's keychain); the browser version keeps it only in memory, so the coach types it
 * once per session. Never written to the JSON store.
 */
export interface SecretStore {
  get(key: string): Promise<string | undefined>
  set(key: string, value: string): Promise<void>
  delete(key: string): Promise<void>
  /** True when secrets survive a restart (the desktop); false when the coach is asked each session. */
  readonly persistent: boolean
}

/** Keeps secrets in memory only, for as long as the host runs. */
export function memorySecretStore(): SecretStore {
  const secrets = new Map<string, string>()
  return {
    persistent: false,
    get: async (key) => secrets.get(key),
    set: async (key, value) => {
      secrets.set(key, value)
    },
    delete: async (key) => {
      secrets.delete(key)
    },
  }
}
