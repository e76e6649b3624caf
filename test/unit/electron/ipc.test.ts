import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNEL } from '../../../shared/api/method-names'
import { createIpcHandler, registerIpc, type InvokeEventLike } from '../../../main/ipc'
import { type Dispatch } from '../../../main/services/types'

const trusted: InvokeEventLike = { senderFrame: { url: 'app://krachtstroom/index.html', parent: null } }
const foreign: InvokeEventLike = { senderFrame: { url: 'https://evil.example/', parent: null } }
const isTrusted = (frame: InvokeEventLike['senderFrame']) => frame?.url === 'app://krachtstroom/index.html'

function fakeDispatch() {
  return vi.fn<Dispatch>(async (method) => ({ ok: true, value: { method } }))
}

describe('createIpcHandler', () => {
  it('passes method and input of a trusted sender to dispatch and returns its answer', async () => {
    const dispatch = fakeDispatch()
    const handler = createIpcHandler(dispatch, isTrusted)
    await expect(handler(trusted, 'programme.list', {})).resolves.toEqual({
      ok: true,
      value: { method: 'programme.list' },
    })
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('programme.list', {}, {})
  })

  it("passes the app's language on, and answers its own refusals in it", async () => {
    const dispatch = fakeDispatch()
    const handler = createIpcHandler(dispatch, isTrusted)
    await handler(trusted, 'programme.list', {}, { language: 'en' })
    expect(dispatch).toHaveBeenCalledWith('programme.list', {}, { language: 'en' })
    await handler(trusted, 'programme.list', {}, { language: 'fr', extra: 1 })
    expect(dispatch).toHaveBeenLastCalledWith('programme.list', {}, {})
    await expect(handler(foreign, 'programme.list', {}, { language: 'en' })).resolves.toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'This request does not come from Krachtstroom Coach itself and was refused.',
      },
    })
  })

  it('leaves method and input checks to dispatch (unknown methods, bad input)', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Onbekende opdracht' },
    }))
    const handler = createIpcHandler(dispatch, isTrusted)
    await expect(handler(trusted, '__proto__', { a: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    })
    expect(dispatch).toHaveBeenCalledWith('__proto__', { a: 1 }, {})
  })

  it('refuses an untrusted or vanished sender and dispatches nothing', async () => {
    const dispatch = fakeDispatch()
    const handler = createIpcHandler(dispatch, isTrusted)
    for (const event of [foreign, { senderFrame: null }]) {
      const response = await handler(event, 'programme.list', {})
      expect(response).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(response.ok === false && response.error.message.length).toBeGreaterThan(0)
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('requires the method to be a string', async () => {
    const dispatch = fakeDispatch()
    const handler = createIpcHandler(dispatch, isTrusted)
    for (const method of [undefined, 42, null, { toString: () => 'programme.list' }, ['programme.list']]) {
      await expect(handler(trusted, method, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('never throws, even if dispatch breaks its promise', async () => {
    const handler = createIpcHandler(() => Promise.reject(new Error('boom')), isTrusted)
    await expect(handler(trusted, 'programme.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
  })
})

describe('registerIpc', () => {
  it('registers exactly one handler, on the API channel', async () => {
    const handle = vi.fn()
    const dispatch = fakeDispatch()
    registerIpc({ handle }, dispatch, isTrusted)
    expect(handle).toHaveBeenCalledTimes(1)
    expect(handle.mock.calls[0]?.[0]).toBe(IPC_CHANNEL)
    const listener = handle.mock.calls[0]?.[1] as (
      event: InvokeEventLike,
      ...args: unknown[]
    ) => Promise<unknown>
    await expect(listener(trusted, 'settings.get', {})).resolves.toEqual({
      ok: true,
      value: { method: 'settings.get' },
    })
    await expect(listener(foreign, 'settings.get', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(dispatch).toHaveBeenCalledTimes(1)
  })
})
