import fc from 'fast-check'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiMethods } from '../../shared/api'
import { startRuntime, type Runtime } from '../../main/host/runtime'
import { startWebHost, type WebHost } from '../../main/host/web-host'
import { TEST_NOW } from '../support/test-runtime'

let dir: string
let runtime: Runtime
let host: WebHost
const token = 'fuzz-token-0123456789abcdef'
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason)
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  dir = await mkdtemp(join(tmpdir(), 'kc-fuzz-'))
  const rendererDir = join(dir, 'renderer')
  await import('node:fs/promises').then((fs) => fs.mkdir(rendererDir))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  runtime = await startRuntime({
    dataDir: join(dir, 'data'),
    appVersion: 'fuzz',
    clock: () => new Date(TEST_NOW),
    logError: () => undefined,
  })
  host = await startWebHost({ dispatch: runtime.dispatch, token, rendererDir, port: 0 })
  await post('demo.load', '{}')
})

afterAll(async () => {
  await host.close()
  await runtime.close()
  await rm(dir, { recursive: true, force: true })
  process.off('unhandledRejection', onUnhandled)
})

async function post(
  method: string,
  body: string,
): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
  })
  return { status: response.status, json: (await response.json()) as never }
}

const storeFile = (): Promise<string> => readFile(join(dir, 'data', 'krachtstroom.json'), 'utf8')

/** Inputs an attacker or a bug might send: wrong types, huge and odd strings, polluting keys. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFFFE',
    '\uD800',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '=cmd|" /C calc"!A0',
    'x'.repeat(70_000),
  ),
  fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER, 3.5, -0),
  fc.constant('00000000-0000-4000-8000-000000000000'),
)

const hostileBody: fc.Arbitrary<string> = fc.oneof(
  hostileValue.map((input) => JSON.stringify({ input }) ?? '{}'),
  fc
    .dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 6 })
    .map((input) => JSON.stringify({ input })),
  fc.constantFrom(
    '{"input":{"__proto__":{"polluted":true}}}',
    '{"input":{"constructor":{"prototype":{"polluted":true}}}}',
    '{"__proto__":{"polluted":true},"input":{}}',
    '{"input":{"programmeId":"00000000-0000-4000-8000-000000000000","__proto__":{"polluted":true}}}',
    '{"input":{"settings":{"__proto__":{"polluted":true}}}}',
    '{"input":[1,2,3]}',
    '{"input":null}',
    'null',
    '[]',
    '"input"',
    '{"input":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
  ),
)

describe('hostile input to every API method over the web host', () => {
  it('never crashes, never leaks an unhandled rejection, and a rejected input changes nothing', async () => {
    const methods = apiMethods.filter((m) => m !== 'demo.load')
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), hostileBody, async (method, body) => {
        const before = await storeFile()
        const { status, json } = await post(method, body)
        expect(typeof json.ok).toBe('boolean')
        if (!json.ok) {
          expect(status).toBeGreaterThanOrEqual(400)
          expect(json.error?.code).not.toBe('INTERNAL')
          expect(json.error?.message).toMatch(/\S/)
          expect(await storeFile()).toBe(before)
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 1500, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    )
    expect(unhandled).toEqual([])
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  }, 180_000)

  it('leaves Object.prototype untouched by polluting CSV headers and cells', async () => {
    const programmes = (await post('programme.list', '{}')).json as unknown as {
      value: Array<{ id: string }>
    }
    const programmeId = programmes.value[0]?.id ?? ''
    const csv =
      '__proto__;constructor;straat;huisnummer;prototype\r\n{"polluted":1};x;Dorpsstraat;1;__proto__\r\n'
    for (const method of ['address.previewCsv', 'address.importCsv']) {
      const body = JSON.stringify({
        input: {
          programmeId,
          fileName: 'x.csv',
          base64: Buffer.from(csv).toString('base64'),
          mode: 'valid-rows',
        },
      })
      const { json } = await post(method, body)
      expect(json.ok).toBe(true)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  })
})
