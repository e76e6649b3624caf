import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect, createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyLimitFor, SMALL_BODY_BYTES } from '../../main/host/body-limits'
import { startRuntime, type Runtime } from '../../main/host/runtime'
import { startWebHost, type WebHost } from '../../main/host/web-host'
import { MAX_CSV_BASE64_CHARS } from '../../shared/api'
import { toBase64 } from '../support/messy-csv'

let dir: string
let runtime: Runtime
let host: WebHost
let programmeId: string
const token = 'limits-token-0123456789abcdef'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kc-limits-'))
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  runtime = await startRuntime({ dataDir: join(dir, 'data'), appVersion: 'test', logError: () => undefined })
  // Short time-outs, so the tests need not wait for the ones a person gets.
  host = await startWebHost({
    dispatch: runtime.dispatch,
    token,
    rendererDir,
    port: 0,
    timeouts: { headersMs: 500, bodyIdleMs: 300, requestMs: 5_000 },
  })
  const created = await runtime.dispatch('programme.create', {
    name: 'Grenzen',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
  })
  programmeId = created.ok ? (created.value as { id: string }).id : ''
})

afterAll(async () => {
  await host.close()
  await runtime.close()
  await rm(dir, { recursive: true, force: true })
})

interface RawAnswer {
  status: number
  body: string
  /** True when the host said it closes the connection after answering. */
  closes: boolean
}

/**
 * Sends the request line and headers, then whatever `send` writes, and collects the answer (the
 * host may close the connection before the client has sent everything: that is the point).
 */
function rawApi(
  method: string,
  headers: Record<string, string>,
  send: (write: (chunk: string | Buffer) => void) => void,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1')
    let received = ''
    let done = false
    const check = (): void => {
      const headEnd = received.indexOf('\r\n\r\n')
      if (done || headEnd < 0) return
      const head = received.slice(0, headEnd)
      const body = received.slice(headEnd + 4)
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? Number.NaN)
      if (Buffer.byteLength(body) < length) return
      done = true
      socket.destroy()
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        body,
        closes: /\r\nconnection: close/i.test(head),
      })
    }
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8')
      check()
    })
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error)
    })
    socket.on('close', () => {
      if (!done) reject(new Error(`connection closed without a full answer: ${received}`))
    })
    socket.write(
      [
        `POST /api/${method} HTTP/1.1`,
        `Host: 127.0.0.1:${host.port}`,
        `Authorization: Bearer ${token}`,
        'Content-Type: application/json',
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
        '',
        '',
      ].join('\r\n'),
    )
    send((chunk) => {
      if (!socket.destroyed) socket.write(chunk)
    })
  })
}

function message(answer: RawAnswer): string {
  return (JSON.parse(answer.body) as { error: { message: string } }).error.message
}

describe('request size and time limits of the web host', () => {
  it('refuses a 200 MB Content-Length up front with 413 and a Dutch message, reading none of it', async () => {
    const answer = await rawApi('programme.list', { 'Content-Length': String(200 * 1024 * 1024) }, () => {})
    expect(answer.status).toBe(413)
    expect(message(answer)).toMatch(/^Het verzoek is te groot: deze opdracht neemt hoogstens 1 MB aan\./)
    expect(answer.closes).toBe(true)
  })

  it('gives imports a larger limit, and still refuses beyond it before reading', async () => {
    expect(bodyLimitFor('address.importCsv')).toBeGreaterThan(MAX_CSV_BASE64_CHARS)
    expect(bodyLimitFor('programme.create')).toBe(SMALL_BODY_BYTES)
    expect(bodyLimitFor('geen.methode')).toBe(SMALL_BODY_BYTES)
    const answer = await rawApi(
      'address.importCsv',
      { 'Content-Length': String(200 * 1024 * 1024) },
      () => {},
    )
    expect(answer.status).toBe(413)
    expect(message(answer)).toContain('hoogstens 40 MB')
  })

  it('refuses a body without Content-Length once it grows past the limit, with an answer', async () => {
    const piece = Buffer.alloc(64 * 1024, 0x20)
    const answer = await rawApi('programme.list', { 'Transfer-Encoding': 'chunked' }, (write) => {
      // 2 MB in chunks, more than the 1 MB a small method may send.
      for (let i = 0; i < 32; i += 1)
        write(Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]))
    })
    expect(answer.status).toBe(413)
    expect(message(answer)).toContain('te groot')
  })

  it('accepts a file body above the small limit for an import', async () => {
    const csv = `straat;huisnummer\r\n${Array.from({ length: 60_000 }, (_, i) => `Lange Laan;${i + 1}`).join('\r\n')}\r\n`
    const body = JSON.stringify({ input: { programmeId, fileName: 'groot.csv', base64: toBase64(csv) } })
    expect(Buffer.byteLength(body)).toBeGreaterThan(SMALL_BODY_BYTES)
    const answer = await rawApi(
      'address.previewCsv',
      { 'Content-Length': String(Buffer.byteLength(body)) },
      (write) => write(body),
    )
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { valid: 60_000, totalRows: 60_000 } })
  })

  it('gives up on a body that stops coming, with 408 and a Dutch message', async () => {
    const answer = await rawApi('programme.list', { 'Content-Length': '100' }, (write) => write('{"inp'))
    expect(answer.status).toBe(408)
    expect(message(answer)).toBe(
      'Het verzoek kwam niet op tijd binnen en is afgebroken. Probeer het opnieuw.',
    )
  })

  it('closes a connection whose headers never finish', async () => {
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect(host.port, '127.0.0.1')
      socket.on('error', () => undefined)
      socket.on('close', () => resolve(true))
      socket.write(`POST /api/app.status HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`)
    })
    expect(closed).toBe(true)
  })

  it('explains a port in use in Dutch', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as AddressInfo).port
    try {
      await expect(
        startWebHost({ dispatch: runtime.dispatch, token, rendererDir: dir, port }),
      ).rejects.toThrow(`Poort ${port} is al in gebruik door een ander programma`)
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })
})
