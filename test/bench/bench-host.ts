import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { startRuntime } from '../../main/host/runtime'
import { median, timeIt } from './bench-math'
import { startHostProcess } from '../support/web-host-process'

/** Generating the gemeente report (.docx bytes) through the service, as the app does. */
export async function benchGemeenteReport(dataDir: string, runs: number): Promise<number> {
  const runtime = await startRuntime({ dataDir, appVersion: 'bench' })
  try {
    const programmes = await runtime.dispatch('programme.list', {})
    const programmeId = programmes.ok ? ((programmes.value as Array<{ id: string }>)[0]?.id ?? '') : ''
    await runtime.dispatch('report.generate', { programmeId, kind: 'gemeente' }) // warm-up
    const times: number[] = []
    for (let i = 0; i < runs; i += 1) {
      times.push(
        await timeIt(async () => {
          const result = await runtime.dispatch('report.generate', { programmeId, kind: 'gemeente' })
          if (!result.ok) throw new Error(result.error.message)
        }),
      )
    }
    return median(times)
  } finally {
    await runtime.close()
  }
}

/** Peak resident memory (MB) of a web host process that opened the data and served the heavy calls. */
export async function benchHostMemory(dataDir: string, rendererDir: string, entry: string): Promise<number> {
  const host = await startHostProcess({ dataDir, rendererDir, entry })
  try {
    const programmes = await host.call('programme.list')
    const programmeId = (programmes.body.value as Array<{ id: string }>)[0]?.id ?? ''
    for (const [method, input] of [
      ['stats.programme', { programmeId }],
      ['street.list', { programmeId }],
      ['idea.list', { programmeId }],
      ['session.list', { programmeId }],
      ['partner.list', { programmeId }],
      ['report.generate', { programmeId, kind: 'gemeente' }],
      ['idea.export', { programmeId, format: 'xlsx' }],
    ] as const) {
      await host.call(method, input)
    }
    await host.call('team.create', { programmeId, name: `Bench ${randomBytes(3).toString('hex')}` })
    const status = await readFile(`/proc/${host.child.pid}/status`, 'utf8').catch(() => '')
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
    return peakKb / 1024
  } finally {
    await host.stop()
  }
}
