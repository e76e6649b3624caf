import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ApiInput, type ApiMethod, type ApiResponse, type ApiResult } from '../../shared/api'
import { startRuntime, type Runtime } from '../../main/host/runtime'
import { type SecretStore } from '../../main/services/sync/secret-store'
import { serialiseJson } from '../../main/store/safe-json'
import { STORE_FILE_NAME } from '../../main/store/store-paths'
import { type StoreData } from '../../shared/model'

/** A runtime on a fresh temp data folder with a fixed clock, plus typed helpers to call it. */
export interface TestRuntime {
  runtime: Runtime
  dataDir: string
  /** Calls a method and returns the envelope. */
  raw: (method: string, input?: unknown) => Promise<ApiResponse<unknown>>
  /** Calls a method and returns its value; throws with the Dutch message when it fails. */
  call: <M extends ApiMethod>(method: M, input?: ApiInput<M>) => Promise<ApiResult<M>>
  dispose: () => Promise<void>
}

/** The fixed "now" of service tests: Saturday 28 November 2026, 10:00 in the Netherlands. */
export const TEST_NOW = new Date('2026-11-28T09:00:00.000Z')

/**
 * Starts the real services on a temp folder, as both hosts do; with `data`, on a store that holds it;
 * with `secrets`, keeping the team password there (the browser's in-memory store otherwise).
 */
export async function startTestRuntime(
  options: { now?: Date; data?: StoreData; secrets?: SecretStore } = {},
): Promise<TestRuntime> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kc-services-'))
  if (options.data) await writeFile(join(dataDir, STORE_FILE_NAME), serialiseJson(options.data))
  const now = options.now ?? TEST_NOW
  const runtime = await startRuntime({
    dataDir,
    appVersion: '0.0.0-test',
    clock: () => new Date(now),
    ...(options.secrets ? { secrets: options.secrets } : {}),
  })
  const raw = (method: string, input?: unknown) => runtime.dispatch(method, input)
  return {
    runtime,
    dataDir,
    raw,
    call: async (method, input) => {
      const response = await raw(method, input)
      if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
      return response.value as never
    },
    dispose: async () => {
      await runtime.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
