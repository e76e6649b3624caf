import { describe, expect, it, vi } from 'vitest'
import { apiContract } from '../../../shared/api/contract'
import { IPC_CHANNEL } from '../../../shared/api/method-names'
import { MENU_CHANNEL } from '../../../main/menu-commands'
import { menuCommands, SHELL_CHANNEL, shellMethodNames } from '../../../shared/api/shell-bridge'
import { createBridge, createShellBridge, type IpcRendererEvents } from '../../../main/preload-bridge'

describe('createBridge', () => {
  it('has exactly one function per contract method', () => {
    const bridge = createBridge(vi.fn())
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(apiContract).sort())
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
  })

  it('sends each call over the one API channel with the method name and the input', async () => {
    const invoke = vi.fn(async (...args: unknown[]) => ({ ok: true, value: args }))
    const bridge = createBridge(invoke)
    await bridge['programme.get']({ programmeId: 'abc' }, { language: 'en' })
    await bridge['demo.load']({ scale: 1 })
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNEL, 'programme.get', { programmeId: 'abc' }, { language: 'en' }],
      [IPC_CHANNEL, 'demo.load', { scale: 1 }, undefined],
    ])
  })

  it('passes the answer back unchanged', async () => {
    const answer = { ok: false, error: { code: 'VALIDATION_FAILED', message: 'Naam ontbreekt.' } }
    const bridge = createBridge(async () => answer)
    await expect(bridge['programme.create']({} as never)).resolves.toBe(answer)
  })

  it('cannot be changed by the page', () => {
    const bridge = createBridge(vi.fn())
    expect(Object.isFrozen(bridge)).toBe(true)
  })
})

describe('createShellBridge', () => {
  function fakeIpc() {
    const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>()
    const ipc: IpcRendererEvents = {
      on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
      invoke: vi.fn(async (...args: unknown[]) => ({ saved: false, args })),
    }
    const emit = (channel: string, ...args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, ...args)
    }
    return { ipc, emit, count: (channel: string) => listeners.get(channel)?.size ?? 0 }
  }

  it('forwards known menu commands only, never the IPC event', () => {
    const { ipc, emit } = fakeIpc()
    const listener = vi.fn()
    createShellBridge(ipc).onMenuCommand(listener)
    emit(MENU_CHANNEL, 'new-programme')
    emit(MENU_CHANNEL, 'format-disk')
    emit(MENU_CHANNEL, { toString: () => 'new-programme' })
    expect(listener.mock.calls).toEqual([['new-programme']])
  })

  it('forwards every command of the shared list', () => {
    const { ipc, emit } = fakeIpc()
    const listener = vi.fn()
    createShellBridge(ipc).onMenuCommand(listener)
    for (const command of menuCommands) emit(MENU_CHANNEL, command)
    expect(listener.mock.calls).toEqual(menuCommands.map((command) => [command]))
  })

  it('has exactly the shared methods, frozen, each sent over the one shell channel', async () => {
    const { ipc } = fakeIpc()
    const bridge = createShellBridge(ipc)
    expect(Object.keys(bridge).sort()).toEqual([...shellMethodNames, 'onMenuCommand'].sort())
    expect(Object.isFrozen(bridge)).toBe(true)
    await bridge.saveFile({ fileName: 'a.docx', base64: 'QQ==', kind: 'report' })
    await bridge.openPath('/home/coach/a.docx')
    await bridge.printToPdf({ fileName: 'a.pdf', landscape: true })
    expect(vi.mocked(ipc.invoke).mock.calls).toEqual([
      [SHELL_CHANNEL, 'saveFile', { fileName: 'a.docx', base64: 'QQ==', kind: 'report' }],
      [SHELL_CHANNEL, 'openPath', '/home/coach/a.docx'],
      [SHELL_CHANNEL, 'printToPdf', { fileName: 'a.pdf', landscape: true }],
    ])
  })

  it('stops listening when asked', () => {
    const { ipc, emit, count } = fakeIpc()
    const listener = vi.fn()
    const stop = createShellBridge(ipc).onMenuCommand(listener)
    expect(count(MENU_CHANNEL)).toBe(1)
    stop()
    expect(count(MENU_CHANNEL)).toBe(0)
    emit(MENU_CHANNEL, 'new-programme')
    expect(listener).not.toHaveBeenCalled()
  })
})
