import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { startRuntime } from '../../main/host/runtime'
import { buildBigCsv } from '../support/big-csv'
import { startHostProcess } from '../support/web-host-process'

/** What reading and importing a 20 MB, 245,000-row address file costs the web host. */
export interface CsvFigures {
  /** The slowest `app.status` answer over HTTP while the preview ran (ms). */
  longestOtherCall: number
  /** The longest the host's event loop was blocked during a preview, measured in the process (ms). */
  longestLoopStall: number
  /** The preview's answer (kB). */
  previewAnswerKb: number
  /** Peak resident memory of the host over the import (MB). */
  importPeakMb: number
}

/** The longest event-loop delay while the services preview the file in this process. */
async function loopStallDuringPreview(dataDir: string, base64: string): Promise<number> {
  const runtime = await startRuntime({ dataDir, appVersion: 'bench' })
  try {
    const created = await runtime.dispatch('programme.create', {
      name: 'Bench',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
    const programmeId = created.ok ? (created.value as { id: string }).id : ''
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    await runtime.dispatch('address.previewCsv', { programmeId, fileName: 'bag.csv', base64 })
    delay.disable()
    return delay.max / 1e6
  } finally {
    await runtime.close()
  }
}

async function peakMb(pid: number | undefined): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024
}

/**
 * Starts a host on an empty folder, previews the file while asking `app.status` over and over (the
 * longest of those answers is the figure), then imports it in a fresh host and reads its peak memory.
 */
export async function benchCsv(rendererDir: string, entry: string): Promise<CsvFigures> {
  const { bytes } = buildBigCsv()
  const base64 = Buffer.from(bytes).toString('base64')
  const work = await mkdtemp(join(tmpdir(), 'kc-bench-csv-'))
  try {
    const run = async (method: 'address.previewCsv' | 'address.importCsv', dataDir: string) => {
      const host = await startHostProcess({ dataDir, rendererDir, entry })
      try {
        const created = await host.call('programme.create', {
          name: 'Bench',
          gemeente: 'Oldebroek',
          period: { start: '2026-01-01' },
        })
        const programmeId = (created.body.value as { id: string }).id
        let longest = 0
        let done = false
        const others = (async () => {
          while (!done) {
            const start = performance.now()
            await host.call('app.status')
            longest = Math.max(longest, performance.now() - start)
          }
        })()
        // Its failure is thrown where it is awaited below, not as an unhandled rejection meanwhile.
        others.catch(() => undefined)
        const answer = await host.call(method, {
          programmeId,
          fileName: 'bag.csv',
          base64,
          mode: 'valid-rows',
        })
        done = true
        await others
        if (!answer.body.ok) throw new Error(answer.body.error?.message)
        return { longest, size: JSON.stringify(answer.body).length, peak: await peakMb(host.child.pid) }
      } finally {
        await host.stop()
      }
    }
    const preview = await run('address.previewCsv', join(work, 'preview'))
    const longestLoopStall = await loopStallDuringPreview(join(work, 'in-process'), base64)
    const imported = await run('address.importCsv', join(work, 'import'))
    return {
      longestOtherCall: preview.longest,
      longestLoopStall,
      previewAnswerKb: preview.size / 1024,
      importPeakMb: imported.peak,
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
