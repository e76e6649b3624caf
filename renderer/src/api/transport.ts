import { type ApiMethod, type KrachtstroomBridge } from '../../../shared/api/contract'
import { type ApiResponse } from '../../../shared/api/errors'
import { type Language } from '../../../shared/model/vocabulary'
import { currentLanguage } from '../app/i18n'
import { ApiClientError } from './api-client-error'
import { webToken } from './web-token'

/** Sends one call and answers with the host's envelope; throws ApiClientError for transport failures. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<ApiResponse<unknown>>

/**
 * Calls through the Electron preload bridge (`window.krachtstroom`), with the app's language so the
 * answers (errors included) come in it.
 */
export function bridgeTransport(
  bridge: KrachtstroomBridge,
  getLanguage: () => Language = currentLanguage,
): Transport {
  return async (method, input) => {
    const fn = bridge[method] as (input: unknown, options: { language: Language }) => Promise<unknown>
    return checkEnvelope(method, await fn(input, { language: getLanguage() }))
  }
}

/**
 * Calls the web host: `POST /api/<method>` with `{ input }`, the page's bearer token, and the app's
 * language as `Accept-Language`, so the host answers in it.
 */
export function httpTransport(
  getToken: () => string | undefined = webToken,
  getLanguage: () => Language = currentLanguage,
): Transport {
  return async (method, input) => {
    const token = getToken()
    let response: Response
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Accept-Language': getLanguage(),
          ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ input: input ?? {} }),
      })
    } catch (error) {
      throw new ApiClientError(method, 'NETWORK', error instanceof Error ? error.message : String(error))
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      if (response.status === 401) throw new ApiClientError(method, 'UNAUTHORIZED', `HTTP ${response.status}`)
      throw new ApiClientError(method, 'BAD_RESPONSE', `HTTP ${response.status} zonder geldig antwoord`)
    }
    return checkEnvelope(method, body)
  }
}

/** The transport for where the renderer runs: the preload bridge in Electron, HTTP in a browser. */
export function detectTransport(): Transport {
  return window.krachtstroom ? bridgeTransport(window.krachtstroom) : httpTransport()
}

function checkEnvelope(method: ApiMethod, body: unknown): ApiResponse<unknown> {
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    if (body.ok === true && 'value' in body) return { ok: true, value: body.value }
    if (body.ok === false && 'error' in body && isApiError(body.error))
      return { ok: false, error: body.error }
  }
  throw new ApiClientError(method, 'BAD_RESPONSE', 'Het antwoord van de app heeft een onbekende vorm.')
}

function isApiError(value: unknown): value is Extract<ApiResponse<unknown>, { ok: false }>['error'] {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  )
}
