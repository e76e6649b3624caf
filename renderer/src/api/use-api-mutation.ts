import { useCallback, useEffect, useRef, useState } from 'react'
import { type ApiMethod, type ApiResult } from '../../../shared/api/contract'
import { notifyApiError } from '../components/notifications'
import { type ApiClientError, toApiClientError } from './api-client-error'
import { api, type CallArgs } from './client'
import { invalidateApiQueries } from './invalidation'

/** Options of {@link useApiMutation}. */
export interface ApiMutationOptions {
  /**
   * Called with the error of a failed call. Return true when the screen shows the error itself (e.g.
   * beside a form field); otherwise a notification is shown.
   */
  onError?: (error: ApiClientError) => boolean | void
  /** Reload every query after success (default true). */
  invalidate?: boolean
}

/** How one call of a mutation ended. */
export type MutationOutcome<T> = { ok: true; value: T } | { ok: false; error: ApiClientError }

/** What a screen sees of one mutation. */
export interface ApiMutation<M extends ApiMethod> {
  /** Calls the method; never throws: a failure is reported in the outcome (and in `error`). */
  mutate: (...args: CallArgs<M>) => Promise<MutationOutcome<ApiResult<M>>>
  isPending: boolean
  error: ApiClientError | undefined
  reset: () => void
}

/**
 * Calls a method that changes data. While it runs `isPending` is true; on success all queries reload
 * (so every screen shows the new state); on failure the error is kept in `error` and shown as a Dutch
 * notification unless `onError` handles it.
 */
export function useApiMutation<M extends ApiMethod>(
  method: M,
  options: ApiMutationOptions = {},
): ApiMutation<M> {
  const [isPending, setPending] = useState(false)
  const [error, setError] = useState<ApiClientError | undefined>(undefined)
  const optionsRef = useRef(options)
  useEffect(() => {
    optionsRef.current = options
  })

  const mutate = useCallback(
    async (...args: CallArgs<M>): Promise<MutationOutcome<ApiResult<M>>> => {
      setPending(true)
      setError(undefined)
      try {
        const result = await api.call(method, ...args)
        if (optionsRef.current.invalidate ?? true) invalidateApiQueries()
        return { ok: true, value: result }
      } catch (thrown) {
        const failure = toApiClientError(method, thrown)
        setError(failure)
        if (optionsRef.current.onError?.(failure) !== true) notifyApiError(failure)
        return { ok: false, error: failure }
      } finally {
        setPending(false)
      }
    },
    [method],
  )

  const reset = useCallback(() => setError(undefined), [])
  return { mutate, isPending, error, reset }
}
