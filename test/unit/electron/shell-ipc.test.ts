import { describe, expect, it, vi } from 'vitest'
import { SHELL_CHANNEL } from '../../../shared/api/shell-bridge'
import {
  createShellIpcHandler,
  registerShellIpc,
  type ShellHandlers,
  type ShellInvokeEvent,
} from '../../../main/shell-ipc'
import { shellTexts } from '../../../main/shell-texts'

type Sender = { id: number }
const appFrame = { url: 'app://krachtstroom/index.html', parent: null }
const trusted: ShellInvokeEvent<Sender> = { senderFrame: appFrame, sender: { id: 1 } }
const untrusted: ShellInvokeEvent<Sender>[] = [
  { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 2 } },
  { senderFrame: { url: 'app://krachtstroom/index.html', parent: {} }, sender: { id: 3 } },
  { senderFrame: null, sender: { id: 4 } },
]
const isTrusted = (frame: ShellInvokeEvent<Sender>['senderFrame']) =>
  frame?.url === appFrame.url && frame.parent === null
const texts = () => shellTexts('nl')

function handlers() {
  return {
    saveFile: vi.fn<ShellHandlers<Sender>['saveFile']>(async () => ({ saved: true, path: '/x.docx' })),
    openPath: vi.fn<ShellHandlers<Sender>['openPath']>(async () => ({ opened: true })),
    printToPdf: vi.fn<ShellHandlers<Sender>['printToPdf']>(async () => ({ saved: true, path: '/x.pdf' })),
  }
}

describe('createShellIpcHandler', () => {
  it('routes each method of the app’s own page, with the sender where it is needed', async () => {
    const h = handlers()
    const handle = createShellIpcHandler(h, isTrusted, texts)
    await expect(handle(trusted, 'saveFile', { a: 1 })).resolves.toEqual({ saved: true, path: '/x.docx' })
    await expect(handle(trusted, 'openPath', '/x.docx')).resolves.toEqual({ opened: true })
    await expect(handle(trusted, 'printToPdf', { b: 2 })).resolves.toEqual({ saved: true, path: '/x.pdf' })
    expect(h.saveFile).toHaveBeenCalledWith(trusted.sender, { a: 1 })
    expect(h.openPath).toHaveBeenCalledWith('/x.docx')
    expect(h.printToPdf).toHaveBeenCalledWith(trusted.sender, { b: 2 })
  })

  it('refuses any other sender and does nothing', async () => {
    const h = handlers()
    const handle = createShellIpcHandler(h, isTrusted, texts)
    for (const event of untrusted) {
      await expect(handle(event, 'saveFile', {})).resolves.toEqual({
        saved: false,
        error: 'Deze aanvraag komt niet van Krachtstroom Coach zelf en is geweigerd.',
      })
      await expect(handle(event, 'openPath', '/x')).resolves.toMatchObject({ opened: false })
      await expect(handle(event, 'printToPdf', {})).resolves.toMatchObject({ saved: false })
    }
    expect(h.saveFile).not.toHaveBeenCalled()
    expect(h.openPath).not.toHaveBeenCalled()
    expect(h.printToPdf).not.toHaveBeenCalled()
  })

  it('refuses unknown methods and never throws', async () => {
    const h = handlers()
    const handle = createShellIpcHandler(h, isTrusted, texts)
    for (const method of ['openExternal', '__proto__', 42, undefined, { toString: () => 'saveFile' }]) {
      await expect(handle(trusted, method, {})).resolves.toMatchObject({ saved: false })
    }
    const broken = createShellIpcHandler(
      { ...h, saveFile: async () => Promise.reject(new Error('boom')) },
      isTrusted,
      texts,
    )
    await expect(broken(trusted, 'saveFile', {})).resolves.toMatchObject({ saved: false })
  })
})

describe('registerShellIpc', () => {
  it('registers one handler, on the shell channel', async () => {
    const handle = vi.fn()
    const h = handlers()
    registerShellIpc({ handle }, h, isTrusted, texts)
    expect(handle).toHaveBeenCalledTimes(1)
    expect(handle.mock.calls[0]?.[0]).toBe(SHELL_CHANNEL)
    const listener = handle.mock.calls[0]?.[1] as (
      event: ShellInvokeEvent<Sender>,
      ...args: unknown[]
    ) => Promise<unknown>
    await expect(listener(trusted, 'openPath', '/x.docx')).resolves.toEqual({ opened: true })
    await expect(
      listener(untrusted[0] as ShellInvokeEvent<Sender>, 'openPath', '/x.docx'),
    ).resolves.toMatchObject({
      opened: false,
    })
    expect(h.openPath).toHaveBeenCalledTimes(1)
  })
})
