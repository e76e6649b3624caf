import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type AppStatus, type BackupInfo } from '../../shared/api'
import { startRuntime, type Runtime } from '../../main/host/runtime'
import { RECOVERY_FILE_NAME } from '../../main/store/recovery-record'
import { STORE_FILE_NAME } from '../../main/store/store-paths'
import { manualClock } from '../unit/store/store-test-helpers'

const DAY = 24 * 60 * 60 * 1000
const dirs: string[] = []
const running: Runtime[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close().catch(() => undefined)))
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A data folder opened and closed as the coach would, day after day, on a clock the test moves. */
async function coachFolder() {
  const dataDir = await mkdtemp(join(tmpdir(), 'kc-recovery-'))
  dirs.push(dataDir)
  // Monday 2 March 2026, 09:00.
  const clock = manualClock(new Date(2026, 2, 2, 9, 0, 0))
  let runtime: Runtime | undefined
  const call = async <T>(method: string, input?: unknown): Promise<T> => {
    if (!runtime) throw new Error('not started')
    const response = await runtime.dispatch(method, input)
    if (!response.ok) throw new Error(`${method}: ${response.error.message}`)
    return response.value as T
  }
  return {
    dataDir,
    clock,
    call,
    /** Closes the app (if open) and starts it again. */
    restart: async (): Promise<void> => {
      if (runtime) await runtime.close()
      running.splice(0)
      runtime = await startRuntime({ dataDir, appVersion: 'test', clock: clock.now })
      running.push(runtime)
    },
    close: async (): Promise<void> => {
      await runtime?.close()
      runtime = undefined
      running.splice(0)
    },
    backupIds: async (): Promise<string[]> =>
      (await call<BackupInfo[]>('backup.list')).map((backup) => backup.id).sort(),
  }
}

/** Three weeks of ordinary use: each day the app opens, the coach adds a team member, and it closes. */
async function threeWeeksOfUse(folder: Awaited<ReturnType<typeof coachFolder>>): Promise<string> {
  await folder.restart()
  const { programmeId } = await folder.call<{ programmeId: string }>('demo.load')
  for (let day = 0; day < 21; day++) {
    folder.clock.advance(DAY)
    await folder.restart()
    await folder.call('team.create', { programmeId, name: `Helper ${day}` })
  }
  await folder.close()
  return programmeId
}

describe('recovery that survives a restart', () => {
  it('stays in recovery across restarts and 30 days; every good backup is still there and offered', async () => {
    const folder = await coachFolder()
    await threeWeeksOfUse(folder)
    await folder.restart()
    const good = await folder.backupIds()
    const newestGood = good.at(-1)
    expect(good.length).toBeGreaterThanOrEqual(14)
    await folder.close()

    await writeFile(join(folder.dataDir, STORE_FILE_NAME), '{"schemaVersion":1,"programmes":[ kapot')
    folder.clock.advance(60 * 60 * 1000)
    await folder.restart()
    const first = await folder.call<AppStatus>('app.status')
    expect(first).toMatchObject({ store: 'recovery', firstRun: false, problem: { kind: 'corrupt' } })
    expect(first.problem?.lastGoodBackupId).toBe(newestGood)

    // Restart twice, then a month of starts without a choice.
    await folder.restart()
    await folder.restart()
    for (let day = 0; day < 30; day++) {
      folder.clock.advance(DAY)
      await folder.restart()
      const status = await folder.call<AppStatus>('app.status')
      expect(status.store).toBe('recovery')
      expect(status.firstRun).toBe(false)
    }
    const status = await folder.call<AppStatus>('app.status')
    expect(status.problem).toMatchObject({
      kind: 'corrupt',
      since: first.problem?.since,
      lastGoodBackupId: newestGood,
      movedAsideTo: first.problem?.movedAsideTo,
    })
    expect(status.problem?.message).toContain('Kies hieronder een back-up om terug te zetten.')
    expect(await folder.backupIds()).toEqual(good)
    // No empty store was begun behind the coach's back.
    expect(await readdir(folder.dataDir)).not.toContain(STORE_FILE_NAME)
    expect(await readdir(folder.dataDir)).toContain(RECOVERY_FILE_NAME)

    // The coach chooses the offered backup: back to work, the recovery is over.
    await folder.call('backup.restore', { backupId: newestGood })
    expect(await folder.call<AppStatus>('app.status')).toMatchObject({ store: 'ok', firstRun: false })
    expect(await readdir(folder.dataDir)).not.toContain(RECOVERY_FILE_NAME)
    await folder.restart()
    expect((await folder.call<AppStatus>('app.status')).store).toBe('ok')
  })

  it('after restoring, months of use never rotate away the newest backup from before the damage', async () => {
    const folder = await coachFolder()
    const programmeId = await threeWeeksOfUse(folder)
    await writeFile(join(folder.dataDir, STORE_FILE_NAME), Buffer.alloc(64))
    await folder.restart()
    const lastGood = (await folder.call<AppStatus>('app.status')).problem?.lastGoodBackupId ?? ''
    await folder.call('backup.restore', { backupId: lastGood })
    for (let day = 0; day < 60; day++) {
      folder.clock.advance(DAY)
      await folder.restart()
      await folder.call('team.create', { programmeId, name: `Na herstel ${day}` })
    }
    await folder.restart()
    expect(await folder.backupIds()).toContain(lastGood)
  })

  it('starting empty is the coach’s choice; days on the empty store rotate no backup with data away', async () => {
    const folder = await coachFolder()
    await threeWeeksOfUse(folder)
    await writeFile(join(folder.dataDir, STORE_FILE_NAME), 'geen JSON')
    await folder.restart()
    const good = await folder.backupIds()
    await folder.call('recovery.startEmpty')
    expect(await folder.call<AppStatus>('app.status')).toMatchObject({ store: 'ok', firstRun: true })
    for (let day = 0; day < 30; day++) {
      folder.clock.advance(DAY)
      await folder.restart()
      expect((await folder.call<AppStatus>('app.status')).firstRun).toBe(true)
    }
    expect(await folder.backupIds()).toEqual(good)
  })
})
