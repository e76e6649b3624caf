import { describe, expect, it, vi } from 'vitest'
import { ApiFailure } from '../../../shared/api'
import { createDispatch } from '../../../main/services/dispatch'
import { type ServiceHandlers } from '../../../main/services/types'
import { StoreStateError } from '../../../main/store/store-state-error'
import { StoreWriteError } from '../../../main/store/store-write-error'

function fakeHandlers(
  overrides: Partial<Record<string, (input: unknown) => Promise<unknown>>> = {},
): ServiceHandlers {
  const handler = vi.fn(async (input: unknown) => ({ echoed: input }))
  return new Proxy({} as ServiceHandlers, {
    get: (_target, key: string) => overrides[key] ?? handler,
  })
}

describe('createDispatch', () => {
  it('refuses unknown methods without calling anything', async () => {
    const called = vi.fn()
    const dispatch = createDispatch(fakeHandlers({ 'programme.list': called }))
    for (const name of ['nope', 'toString', '__proto__', 'programme.delete']) {
      const result = await dispatch(name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    }
    expect(called).not.toHaveBeenCalled()
  })

  it('validates input before the service sees it, naming the field', async () => {
    const service = vi.fn(async () => 'x')
    const dispatch = createDispatch(fakeHandlers({ 'programme.get': service }))
    const result = await dispatch('programme.get', { programmeId: 'not-a-uuid' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        field: 'programmeId',
        message: 'Programma is onbekend: de verwijzing is ongeldig.',
      },
    })
    expect(service).not.toHaveBeenCalled()
  })

  it('passes parsed input with defaults applied', async () => {
    const service = vi.fn(async (input: unknown) => input)
    const dispatch = createDispatch(fakeHandlers({ 'demo.load': service }))
    expect(await dispatch('demo.load', undefined)).toEqual({ ok: true, value: { scale: 1 } })
  })

  it('turns an ApiFailure into its error', async () => {
    const dispatch = createDispatch(
      fakeHandlers({ 'settings.get': async () => Promise.reject(new ApiFailure('NOT_FOUND', 'Weg.', 'x')) }),
    )
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Weg.', field: 'x' },
    })
  })

  it('reports a failed write as WRITE_FAILED with its Dutch message', async () => {
    const writeError = new StoreWriteError('DISK_FULL', 'Opslaan is mislukt: de schijf is vol.')
    const dispatch = createDispatch(fakeHandlers({ 'settings.get': async () => Promise.reject(writeError) }))
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'Opslaan is mislukt: de schijf is vol.' },
    })
  })

  it('maps store state errors onto API codes', async () => {
    const dispatch = createDispatch(
      fakeHandlers({
        'settings.get': async () =>
          Promise.reject(new StoreStateError('BACKUP_NOT_FOUND', 'Deze back-up bestaat niet.')),
      }),
    )
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Deze back-up bestaat niet.' },
    })
  })

  it('hides unexpected errors behind a calm message and logs them', async () => {
    const log = vi.fn()
    const dispatch = createDispatch(
      fakeHandlers({ 'settings.get': async () => Promise.reject(new TypeError('boom')) }),
      log,
    )
    const result = await dispatch('settings.get', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toContain('boom')
    expect(log).toHaveBeenCalledOnce()
  })
})
