import { describe, expect, it, vi } from 'vitest'
import { apiMethodNames, IPC_CHANNEL } from '../../../shared/api/method-names'
import { SHELL_CHANNEL } from '../../../shared/api/shell-bridge'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async () => ({ ok: true, value: null }))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
}))

describe('preload', () => {
  it('exposes only window.krachtstroom (the contract) and window.krachtstroomShell', async () => {
    await import('../../../main/preload')
    expect([...exposed.keys()]).toEqual(['krachtstroom', 'krachtstroomShell'])
    const bridge = exposed.get('krachtstroom') as Record<string, (input: unknown) => Promise<unknown>>
    expect(Object.keys(bridge)).toEqual([...apiMethodNames])
    await bridge['settings.get']?.({})
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'settings.get', {}, undefined)
    const shell = exposed.get('krachtstroomShell') as Record<string, (input: unknown) => Promise<unknown>>
    expect(Object.keys(shell).sort()).toEqual(['onMenuCommand', 'openPath', 'printToPdf', 'saveFile'])
    await shell.openPath?.('/x.docx')
    expect(invoke).toHaveBeenCalledWith(SHELL_CHANNEL, 'openPath', '/x.docx')
  })
})
