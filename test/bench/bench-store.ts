import { randomUUID } from 'node:crypto'
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { computeProgrammeStats } from '../../shared/domain/stats'
import { generateDemo } from '../../shared/demo/generate-demo'
import { mergeDemoInto } from '../../shared/demo/merge-demo'
import { emptyStoreData, type StoreData } from '../../shared/model'
import { openStoreManager } from '../../main/store/store-manager'
import { median, timeIt } from './bench-math'

/** The demo at a scale as a whole store, with a fixed "today". */
export function demoStore(scale: number, today = '2026-11-28'): StoreData {
  const demo = generateDemo({ scale, today, now: `${today}T09:00:00.000Z` })
  const data = emptyStoreData()
  mergeDemoInto(data, demo)
  return data
}

/** Writes the store file into `dir` and answers its path. */
export async function writeStoreFile(dir: string, data: StoreData): Promise<string> {
  const file = join(dir, 'krachtstroom.json')
  await writeFile(file, JSON.stringify(data))
  return file
}

/** Opening the store (read, parse, validate, migrate) against a bare read + JSON.parse of the same file. */
export async function benchStoreOpen(dir: string, runs: number): Promise<{ open: number; bare: number }> {
  const file = join(dir, 'krachtstroom.json')
  const opens: number[] = []
  const bares: number[] = []
  for (let i = 0; i < runs; i += 1) {
    bares.push(await timeIt(async () => JSON.parse(await readFile(file, 'utf8'))))
    let manager: Awaited<ReturnType<typeof openStoreManager>> | undefined
    opens.push(
      await timeIt(async () => (manager = await openStoreManager({ dataDir: dir, backupsToKeep: 1 }))),
    )
    await manager?.close()
    await rm(join(dir, 'backups'), { recursive: true, force: true })
  }
  return { open: median(opens), bare: median(bares) }
}

/** One door outcome acknowledged on disk, against a bare write + fsync + rename of the same bytes. */
export async function benchChangeAck(dir: string, runs: number): Promise<{ ack: number; bare: number }> {
  const manager = await openStoreManager({ dataDir: dir, backupsToKeep: 1 })
  const state = manager.state()
  if (state.status !== 'ok') throw new Error('store did not open')
  const store = state.store
  const address = store.read().addresses[0]
  if (!address) throw new Error('no address')
  const acks: number[] = []
  const bares: number[] = []
  // Opening starts the daily backup and the encoding of the store for writing in the background; both
  // are left out (with two warm-up changes), as the figure is the cost of one more change while the
  // coach works.
  await manager.settleBackground()
  const warmUps = 2
  for (let i = 0; i < runs + warmUps; i += 1) {
    const now = new Date().toISOString()
    const ack = await timeIt(() =>
      store.update((data) => {
        data.contacts.push({
          id: randomUUID(),
          programmeId: address.programmeId,
          addressId: address.id,
          streetId: address.streetId,
          createdAt: now,
          updatedAt: now,
          date: '2026-11-28',
          outcome: 'gesprek',
          note: '',
        })
      }),
    )
    if (i < warmUps) continue
    acks.push(ack)
    // The same bytes the store just wrote (its indented on-disk form), the fair baseline; as bytes, so
    // the baseline does not pay for encoding a string that the store never builds.
    const bytes = await readFile(join(dir, 'krachtstroom.json'))
    bares.push(
      await timeIt(async () => {
        const temp = join(dir, `bare-${i}.tmp`)
        const handle = await open(temp, 'w')
        await handle.writeFile(bytes)
        await handle.sync()
        await handle.close()
        await rename(temp, join(dir, 'bare.json'))
        const folder = await open(dir, 'r')
        await folder.sync()
        await folder.close()
      }),
    )
  }
  await manager.close()
  await rm(join(dir, 'bare.json'), { force: true })
  return { ack: median(acks), bare: median(bares) }
}

/** stats.programme's pure computation. */
export async function benchStats(data: StoreData, runs: number): Promise<number> {
  const programmeId = data.programmes[0]?.id ?? ''
  const times: number[] = []
  for (let i = 0; i < runs; i += 1)
    times.push(await timeIt(async () => computeProgrammeStats(data, programmeId, '2026-11-28')))
  return median(times)
}
