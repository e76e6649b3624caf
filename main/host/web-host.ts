import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { type AddressInfo, type Socket } from 'node:net'
import { StringDecoder } from 'node:string_decoder'
import { z } from 'zod'
import {
  hostTexts,
  languageFromHeader,
  type ApiError,
  type ApiErrorCode,
  type ApiResponse,
} from '../../shared/api'
import { type Dispatch } from '../services/types'
import { bodyLimitFor, megabytes, SMALL_BODY_BYTES } from './body-limits'
import { hasAllowedHost, hasAllowedOrigin, hasValidToken } from './request-guards'
import { SECURITY_HEADERS as securityHeaders } from './security-headers'
import { serveStaticFile } from './static-files'

const requestBodySchema = z.object({ input: z.unknown().optional() }).strict()

const httpStatusByCode: Readonly<Record<ApiErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  STORE_UNAVAILABLE: 503,
  WRITE_FAILED: 507,
  INTERNAL: 500,
}

/** Options of the web host. */
export interface WebHostOptions {
  dispatch: Dispatch
  token: string
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port: number
  /** Time-outs in ms; the defaults are for people, tests make them short. */
  timeouts?: Partial<HostTimeouts>
}

/** How long the host waits for a client before it gives up on the request. */
export interface HostTimeouts {
  /** For the request line and headers. */
  headersMs: number
  /** For the next piece of a body that stopped coming. */
  bodyIdleMs: number
  /** For a whole request, body included. */
  requestMs: number
}

const defaultTimeouts: HostTimeouts = { headersMs: 10_000, bodyIdleMs: 10_000, requestMs: 30_000 }

/** A running web host. */
export interface WebHost {
  port: number
  url: string
  /** Stops accepting requests and waits for the ones in flight to finish. */
  close(): Promise<void>
}

/** Why a request body was not read to its end. */
class BodyRefused extends Error {
  constructor(readonly reason: 'too-large' | 'timeout' | 'broken') {
    super(reason)
  }
}

/**
 * Reads a request body as text, refusing it once it grows past `limit` bytes and when it stops
 * coming for `idleMs`. The text is decoded piece by piece (no copy of the whole body in between).
 */
function readBody(request: IncomingMessage, limit: number, idleMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8')
    let text = ''
    let size = 0
    let timer: NodeJS.Timeout | undefined
    const fail = (reason: BodyRefused['reason']): void => {
      clearTimeout(timer)
      request.removeAllListeners('data')
      // Stop reading; the socket is closed once the answer is sent.
      request.pause()
      reject(new BodyRefused(reason))
    }
    const idle = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => fail('timeout'), idleMs)
    }
    idle()
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) return fail('too-large')
      text += decoder.write(chunk)
      idle()
    })
    request.on('end', () => {
      clearTimeout(timer)
      resolve(text + decoder.end())
    })
    request.on('error', () => fail('broken'))
  })
}

function sendJson(response: ServerResponse, status: number, payload: ApiResponse<unknown>): void {
  const body = JSON.stringify(payload)
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  })
  response.end(body)
}

function sendError(response: ServerResponse, error: ApiError): void {
  sendJson(response, httpStatusByCode[error.code], { ok: false, error })
}

/** Answers a request whose body is not read (too large, too slow) and closes its connection. */
function refuseBody(response: ServerResponse, status: 408 | 413, error: ApiError): void {
  response.shouldKeepAlive = false
  sendJson(response, status, { ok: false, error })
  response.once('finish', () => response.socket?.destroySoon())
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebHostOptions,
  port: number,
  method: string,
): Promise<void> {
  const timeouts = { ...defaultTimeouts, ...options.timeouts }
  // The page sends the app's language; the host answers in it, its own refusals included.
  const language = languageFromHeader(request.headers['accept-language'])
  const texts = hostTexts(language)
  const refuse = (code: ApiError['code'], message: string): void => sendError(response, { code, message })
  if (request.method !== 'POST') return refuse('BAD_REQUEST', texts.postOnly)
  if (!hasValidToken(request.headers, options.token)) return refuse('UNAUTHORIZED', texts.unauthorized)
  if (!hasAllowedOrigin(request.headers, port)) return refuse('FORBIDDEN', texts.otherWebsite)
  const contentType = request.headers['content-type'] ?? ''
  if (!contentType.toLowerCase().startsWith('application/json')) return refuse('BAD_REQUEST', texts.jsonOnly)
  const limit = bodyLimitFor(method)
  const tooLarge: ApiError = { code: 'BAD_REQUEST', message: texts.tooLarge(megabytes(limit)) }
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return refuseBody(response, 413, tooLarge)
  let raw: string | undefined
  try {
    raw = await readBody(request, limit, timeouts.bodyIdleMs)
  } catch (error) {
    const reason = error instanceof BodyRefused ? error.reason : 'broken'
    if (reason === 'too-large') return refuseBody(response, 413, tooLarge)
    if (reason === 'timeout')
      return refuseBody(response, 408, { code: 'BAD_REQUEST', message: texts.timeout })
    return refuse('BAD_REQUEST', texts.unreadable)
  }
  let json: unknown
  try {
    const large = raw.length > SMALL_BODY_BYTES
    json = raw.trim() === '' ? {} : JSON.parse(raw)
    // Only the parsed form is needed from here on (a file's text is large).
    raw = undefined
    // A large body was just parsed: let other calls have a turn before the work on it starts.
    if (large) await new Promise((resolve) => setImmediate(resolve))
  } catch {
    return refuse('BAD_REQUEST', texts.badJson)
  }
  const body = requestBodySchema.safeParse(json)
  if (!body.success) return refuse('BAD_REQUEST', texts.envelope)
  const result = await options.dispatch(method, body.data.input, { language })
  if (result.ok) sendJson(response, 200, result)
  else sendError(response, result.error)
}

async function handleStatic(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
  path: string,
): Promise<void> {
  const answer = await serveStaticFile(rendererDir, { method: request.method ?? 'GET', path })
  response.writeHead(answer.status, answer.headers).end(answer.body)
}

/** A failed listen in the coach's words (the port is taken, or may not be used). */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new Error(
      `Poort ${port} is al in gebruik door een ander programma (misschien draait Krachtstroom Coach al). ` +
        'Sluit dat programma, of kies een andere poort met --port (--port 0 kiest zelf een vrije poort).',
    )
  }
  if (error.code === 'EACCES') {
    return new Error(`Poort ${port} mag niet worden gebruikt. Kies een poort boven 1024 met --port.`)
  }
  return error
}

/**
 * Starts the web host: the built renderer and `POST /api/<method>` on 127.0.0.1 only, with a bearer
 * token, a Host-header check (against DNS rebinding) and an Origin check.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  let port = options.port
  const inFlight = new Set<Promise<void>>()

  const timeouts = { ...defaultTimeouts, ...options.timeouts }
  const serverOptions = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    // How often Node looks for requests past those time-outs (its default is 30 s).
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, timeouts.headersMs / 2)),
  }
  const headerTimers = new WeakMap<Socket, NodeJS.Timeout>()
  const server: Server = createServer(serverOptions, (request, response) => {
    clearTimeout(headerTimers.get(request.socket))
    const work = (async () => {
      if (!hasAllowedHost(request.headers, port)) {
        response
          .writeHead(421, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' })
          .end('Onbekende host')
        return
      }
      const path = (request.url ?? '/').split('?')[0] ?? '/'
      if (path.startsWith('/api/'))
        await handleApi(request, response, options, port, path.slice('/api/'.length))
      else await handleStatic(request, response, options.rendererDir, path)
    })().catch((error: unknown) => {
      console.error('Fout bij het afhandelen van een verzoek:', error)
      if (!response.headersSent)
        sendError(response, {
          code: 'INTERNAL',
          message: hostTexts(languageFromHeader(request.headers['accept-language'])).internal,
        })
      else response.destroy()
    })
    inFlight.add(work)
    void work.finally(() => inFlight.delete(work))
  })
  server.keepAliveTimeout = 5_000
  // A connection that does not finish its request line and headers in time is closed (against
  // clients that trickle bytes to keep a connection open); Node's own check runs too seldom.
  server.on('connection', (socket: Socket) => {
    const timer = setTimeout(() => socket.destroy(), timeouts.headersMs)
    timer.unref()
    headerTimers.set(socket, timer)
    socket.once('close', () => clearTimeout(timer))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options.port)))
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      await Promise.allSettled([...inFlight])
      server.closeAllConnections()
      await closed
    },
  }
}
