import { type ApiInput, type ApiMethod, type ApiResult } from '../../../shared/api/contract'
import { ApiClientError, toApiClientError } from './api-client-error'
import { detectTransport, type Transport } from './transport'

/** The arguments of a call: the input, which may be left out for methods that take none. */
export type CallArgs<M extends ApiMethod> =
  undefined extends ApiInput<M> ? [input?: ApiInput<M>] : [input: ApiInput<M>]

/** A typed client for the API contract. */
export interface ApiClient {
  /**
   * Calls one method and answers with its result; a failure (from the host or the transport) is
   * thrown as an {@link ApiClientError} carrying code, Dutch message and field.
   */
  call<M extends ApiMethod>(method: M, ...args: CallArgs<M>): Promise<ApiResult<M>>
}

/** Builds a client on a transport (the preload bridge or HTTP). */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<M extends ApiMethod>(method: M, ...args: CallArgs<M>): Promise<ApiResult<M>> {
      let response
      try {
        response = await transport(method, args[0])
      } catch (error) {
        throw toApiClientError(method, error)
      }
      if (!response.ok) throw ApiClientError.fromApiError(method, response.error)
      return response.value as ApiResult<M>
    },
  }
}

let client: ApiClient | undefined

/** The app's client, on the transport of the environment it runs in (chosen on first use). */
export const api: ApiClient = {
  call<M extends ApiMethod>(method: M, ...args: CallArgs<M>): Promise<ApiResult<M>> {
    client ??= createApiClient(detectTransport())
    return client.call(method, ...args)
  },
}
