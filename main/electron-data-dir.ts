import { isAbsolute, resolve } from 'node:path'

/**
 * A different data folder for this run, from the environment variable KRACHTSTROOM_DATA_DIR (used by
 * the Electron smoke test, and by a coach who keeps the data elsewhere). Relative paths are taken
 * from `cwd`. Undefined means the usual folder, `app.getPath('userData')`.
 */
export function dataDirOverride(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const raw = env.KRACHTSTROOM_DATA_DIR?.trim()
  if (raw === undefined || raw === '') return undefined
  return isAbsolute(raw) ? raw : resolve(cwd, raw)
}
