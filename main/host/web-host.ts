import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { type AddressInfo } from 'node:net'
import { z } from 'zod'
import { type ApiError, type ApiErrorCode, type ApiResponse } from '../../shared/api'
import { type Dispatch } from '../services/types'
import { hasAllowedHost, hasAllowedOrigin, hasValidToken } from './request-guards'
import { SECURITY_HEADERS as securityHeaders } from './security-headers'
import { serveStaticFile } from './static-files'

/** Largest request body accepted (CSV files and backups travel as base64). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024

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
}

/** A running web host. */
export interface WebHost {
  port: number
  url: string
  /** Stops accepting requests and waits for the ones in flight to finish. */
  close(): Promise<void>
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge())
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
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

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebHostOptions,
  port: number,
  method: string,
): Promise<void> {
  if (request.method !== 'POST') {
    return sendError(response, { code: 'BAD_REQUEST', message: 'Gebruik POST voor de API.' })
  }
  if (!hasValidToken(request.headers, options.token)) {
    return sendError(response, { code: 'UNAUTHORIZED', message: 'Geen of een ongeldige toegangssleutel.' })
  }
  if (!hasAllowedOrigin(request.headers, port)) {
    return sendError(response, {
      code: 'FORBIDDEN',
      message: 'Verzoeken van een andere website worden geweigerd.',
    })
  }
  const contentType = request.headers['content-type'] ?? ''
  if (!contentType.toLowerCase().startsWith('application/json')) {
    return sendError(response, {
      code: 'BAD_REQUEST',
      message: 'De API verwacht JSON (Content-Type: application/json).',
    })
  }
  let raw: string
  try {
    raw = await readBody(request)
  } catch (error) {
    const message =
      error instanceof BodyTooLarge ? 'Het verzoek is te groot.' : 'Het verzoek kon niet worden gelezen.'
    return sendError(response, { code: 'BAD_REQUEST', message })
  }
  let json: unknown
  try {
    json = raw.trim() === '' ? {} : JSON.parse(raw)
  } catch {
    return sendError(response, { code: 'BAD_REQUEST', message: 'Het verzoek is geen geldige JSON.' })
  }
  const body = requestBodySchema.safeParse(json)
  if (!body.success) {
    return sendError(response, { code: 'BAD_REQUEST', message: 'Stuur de invoer als { "input": ... }.' })
  }
  const result = await options.dispatch(method, body.data.input)
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

/**
 * Starts the web host: the built renderer and `POST /api/<method>` on 127.0.0.1 only, with a bearer
 * token, a Host-header check (against DNS rebinding) and an Origin check.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  let port = options.port
  const inFlight = new Set<Promise<void>>()

  const server: Server = createServer((request, response) => {
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
        sendError(response, { code: 'INTERNAL', message: 'Er ging iets onverwachts mis.' })
      else response.destroy()
    })
    inFlight.add(work)
    void work.finally(() => inFlight.delete(work))
  })
  server.keepAliveTimeout = 5_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
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
