import { useCallback, useEffect, useRef, useState } from 'react'
import { type ApiInput, type ApiMethod, type ApiResult } from '../../../shared/api/contract'
import { notifyApiError } from '../components/notifications'
import { type ApiClientError, toApiClientError } from './api-client-error'
import { api } from './client'
import { useDataVersion } from './invalidation'
import { type PrimedAnswer, queryKey, takePrimedAnswer } from './primed-answers'

/** What a screen sees of one query. */
export interface ApiQuery<T> {
  /** The latest answer for this input; kept while a refresh runs. */
  data: T | undefined
  /** The error of the latest attempt, if it failed. */
  error: ApiClientError | undefined
  /** True until the first answer (or error) for this input has arrived. */
  isLoading: boolean
  /** True while any request for this query runs, including refreshes. */
  isFetching: boolean
  /** Loads again now. */
  refresh: () => void
}

interface Settled<T> {
  /** Method and input the answer belongs to. */
  inputKey: string
  /** The request (input plus data version) that produced it. */
  requestKey: string
  data: T | undefined
  error: ApiClientError | undefined
}

/**
 * Loads one API method's result and keeps it fresh: it loads again when the input changes, after any
 * successful mutation (see `invalidateApiQueries`) and on `refresh()`. A failure on first load is
 * returned as `error` for the screen to show in place; a failure while refreshing data that is already
 * on screen also shows a notification, because the stale data would otherwise hide it. An answer the
 * app already fetched for this query (see primed-answers.ts) is used instead of a call, and shown in
 * the very first render when it is already in.
 */
export function useApiQuery<M extends ApiMethod>(
  method: M,
  input?: ApiInput<M>,
  options: { enabled?: boolean } = {},
): ApiQuery<ApiResult<M>> {
  const enabled = options.enabled ?? true
  // The input travels as JSON anyway; its text is a stable dependency for the effect.
  const inputJson = JSON.stringify(input ?? null)
  const inputKey = queryKey(method, input)
  const version = useDataVersion()
  const [attempt, setAttempt] = useState(0)
  const requestKey = `${inputKey}#${version}.${attempt}`
  // An answer fetched ahead for this very request (the first screen's data), taken on first render.
  const [primed] = useState<{ requestKey: string; answer: PrimedAnswer<unknown> } | undefined>(() => {
    const answer = enabled ? takePrimedAnswer(inputKey, version) : undefined
    return answer === undefined ? undefined : { requestKey, answer }
  })
  const [settled, setSettled] = useState<Settled<ApiResult<M>> | undefined>(() => {
    if (!primed?.answer.settled) return undefined
    const data = primed.answer.settled.value as ApiResult<M>
    // A guess fetched ahead is loaded anew right away: until then the query counts as fetching.
    const answeredBy = primed.answer.revalidate === true ? `${requestKey}~ahead` : requestKey
    return { inputKey, requestKey: answeredBy, data, error: undefined }
  })
  // The input whose answer is on screen, read in the promise callbacks (not during render).
  const shownInputRef = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (!enabled) return
    const fromPrime = primed?.requestKey === requestKey ? primed.answer : undefined
    if (fromPrime?.settled) shownInputRef.current = inputKey // on screen since the first render
    if (fromPrime?.settled && fromPrime.revalidate !== true) return
    // A guess fetched ahead is shown, then loaded anew; its call is never waited for.
    const ahead = fromPrime?.revalidate === true ? undefined : fromPrime
    let current = true
    const parsedInput = JSON.parse(inputJson) as ApiInput<M> | null
    const call = api.call as (method: M, input?: ApiInput<M>) => Promise<ApiResult<M>>
    const request =
      (ahead?.promise as Promise<ApiResult<M>> | undefined) ?? call(method, parsedInput ?? undefined)
    request.then(
      (data) => {
        if (!current) return
        shownInputRef.current = inputKey
        setSettled({ inputKey, requestKey, data, error: undefined })
      },
      (thrown: unknown) => {
        if (!current) return
        const error = toApiClientError(method, thrown)
        const refreshing = shownInputRef.current === inputKey
        if (refreshing) notifyApiError(error)
        setSettled((previous) => ({
          inputKey,
          requestKey,
          data: previous?.inputKey === inputKey ? previous.data : undefined,
          error,
        }))
      },
    )
    return () => {
      current = false
    }
  }, [enabled, method, inputJson, inputKey, requestKey, primed])

  const refresh = useCallback(() => setAttempt((value) => value + 1), [])
  const sameInput = settled?.inputKey === inputKey
  return {
    data: sameInput ? settled.data : undefined,
    error: sameInput ? settled.error : undefined,
    isLoading: enabled && !sameInput,
    isFetching: enabled && settled?.requestKey !== requestKey,
    refresh,
  }
}
