import { useCallback, useEffect, useRef, useState } from 'react'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { type ContactOutcome } from '../../../../../shared/model/vocabulary'
import { toApiClientError } from '../../../api/api-client-error'
import { api } from '../../../api/client'
import { invalidateApiQueries } from '../../../api/invalidation'
import { notifyApiError } from '../../../components/notifications'

/** One outcome recorded in this round (newest last in the undo stack). */
export interface RoundEntry {
  addressId: string
  index: number
  outcome: ContactOutcome
  /** The saved contact's id once the host has answered (undefined when saving failed). */
  saved: Promise<string | undefined>
}

/** Where the round is: the address on screen and what was recorded per address. */
export interface RoundState {
  index: number
  outcomes: Readonly<Record<string, ContactOutcome>>
  stack: readonly RoundEntry[]
}

/** What the door-mode screen does with a round. */
export interface DoorRound {
  state: RoundState
  /** Records an outcome for the address on screen and moves on; answers that address's index. */
  record: (outcome: ContactOutcome) => number | undefined
  /** Takes back the last recorded outcome (contact.delete) and returns to its address. */
  undo: () => RoundEntry | undefined
  /** Shows another address without recording anything. */
  goTo: (index: number) => void
}

interface RoundOptions {
  date: string
  sessionId: string | undefined
  /** The quick note for the next outcome; read and cleared when recording. */
  takeNote: () => string
}

/**
 * The state of a door-to-door round through a fixed list of addresses (taken once, in walking order).
 * Recording is optimistic: the screen moves on at once while the host saves in the background, so a
 * coach can type one key per door without waiting. The state lives in a ref as well, so keys pressed in
 * quick succession always see the newest state. Leaving the screen reloads all other screens' data, and
 * again once the saves still under way have finished, so the street's figures include the last doors.
 */
export function useDoorRound(addresses: readonly AddressListItem[], options: RoundOptions): DoorRound {
  const [state, setState] = useState<RoundState>({ index: 0, outcomes: {}, stack: [] })
  const stateRef = useRef(state)
  const optionsRef = useRef(options)
  useEffect(() => {
    optionsRef.current = options
  })
  useEffect(
    () => () => {
      invalidateApiQueries()
      const pending = stateRef.current.stack.map((entry) => entry.saved)
      void Promise.allSettled(pending).then(() => invalidateApiQueries())
    },
    [],
  )

  const update = useCallback((change: (current: RoundState) => RoundState) => {
    stateRef.current = change(stateRef.current)
    setState(stateRef.current)
  }, [])

  const record = useCallback(
    (outcome: ContactOutcome): number | undefined => {
      const current = stateRef.current
      const item = addresses[current.index]
      if (!item) return undefined
      const { date, sessionId, takeNote } = optionsRef.current
      const note = takeNote()
      const saved = api
        .call('contact.record', {
          addressId: item.address.id,
          outcome,
          date,
          note,
          ...(sessionId ? { sessionId } : {}),
        })
        .then(
          (result) => result.contact.id,
          (thrown: unknown) => {
            notifyApiError(toApiClientError('contact.record', thrown))
            update((latest) => {
              const outcomes = { ...latest.outcomes }
              delete outcomes[item.address.id]
              return { ...latest, outcomes, stack: latest.stack.filter((entry) => entry.saved !== saved) }
            })
            return undefined
          },
        )
      const entry: RoundEntry = { addressId: item.address.id, index: current.index, outcome, saved }
      update((latest) => ({
        index: Math.min(latest.index + 1, addresses.length),
        outcomes: { ...latest.outcomes, [item.address.id]: outcome },
        stack: [...latest.stack, entry],
      }))
      return current.index
    },
    [addresses, update],
  )

  const undo = useCallback((): RoundEntry | undefined => {
    const last = stateRef.current.stack.at(-1)
    if (!last) return undefined
    update((latest) => {
      const outcomes = { ...latest.outcomes }
      delete outcomes[last.addressId]
      return { index: last.index, outcomes, stack: latest.stack.slice(0, -1) }
    })
    void last.saved.then(async (contactId) => {
      if (contactId === undefined) return
      try {
        await api.call('contact.delete', { contactId })
      } catch (thrown) {
        notifyApiError(toApiClientError('contact.delete', thrown))
      }
    })
    return last
  }, [update])

  const goTo = useCallback(
    (index: number) =>
      update((latest) => ({ ...latest, index: Math.max(0, Math.min(index, addresses.length)) })),
    [addresses.length, update],
  )

  return { state, record, undo, goTo }
}
