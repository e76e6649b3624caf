import { type Page } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { ReportsPage } from './pages/reports-page'

interface ShellCall {
  method: string
  input: unknown
}

/**
 * The renderer's desktop path, in the browser: a stand-in `window.krachtstroomShell` (as the preload
 * exposes it in Electron) that records each call and answers like main does.
 */
async function fakeDesktopShell(page: Page): Promise<() => Promise<ShellCall[]>> {
  // A string, because this file is compiled without the DOM's types.
  await page.addInitScript(`(() => {
    const calls = []
    const record = (method, input) =>
      calls.push({ method, input: method === 'saveFile' ? { ...input, base64: '…' } : input })
    const listeners = new Set()
    window.__shellCalls = calls
    window.__menu = (command) => listeners.forEach((listener) => listener(command))
    window.krachtstroomShell = Object.freeze({
      onMenuCommand: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      saveFile: async (request) => {
        record('saveFile', request)
        return { saved: true, path: '/home/coach/Rapporten/' + request.fileName }
      },
      openPath: async (path) => {
        record('openPath', path)
        return { opened: true }
      },
      printToPdf: async (request) => {
        record('printToPdf', request)
        return { saved: true, path: '/home/coach/PDF/dia.pdf' }
      },
    })
  })()`)
  return async () => (await page.evaluate('window.__shellCalls')) as ShellCall[]
}

test('on the desktop a report goes through the save dialog and can be opened in Word', async ({
  openApp,
  host,
  page,
}) => {
  const calls = await fakeDesktopShell(page)
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Rapporten')
  const reports = new ReportsPage(page)
  await reports.generateButton.click()

  const saved = page.getByTestId('report-saved')
  await expect(saved).toBeVisible()
  await expect(saved).toContainText('/home/coach/Rapporten/')
  const [save] = await calls()
  expect(save).toMatchObject({
    method: 'saveFile',
    input: { kind: 'report', fileName: expect.stringMatching(/\.docx$/) },
  })

  await saved.getByRole('button', { name: 'Openen in Word' }).click()
  await expect
    .poll(async () => (await calls()).at(-1))
    .toEqual({
      method: 'openPath',
      input: `/home/coach/Rapporten/${(save?.input as { fileName: string }).fileName}`,
    })
})

test('on the desktop "Als PDF bewaren" prints the slides to a PDF instead of the print dialog', async ({
  openApp,
  host,
  page,
}) => {
  const calls = await fakeDesktopShell(page)
  await host.start()
  await host.call('demo.load', { scale: 1 })
  await openApp()
  await page.evaluate(`window.print = () => {
    throw new Error('window.print must not be used on the desktop')
  }`)
  await page.goto(`${page.url().split('#')[0]}#/presenteren`)
  await page
    .getByRole('button', { name: /Als PDF bewaren/ })
    .first()
    .click()
  await expect.poll(async () => (await calls()).map((call) => call.method)).toEqual(['printToPdf'])
  const [print] = await calls()
  expect(print?.input).toEqual({
    fileName: expect.stringMatching(/^Oldebroek Voor Mekaar.* presentatie \d{4}-\d{2}-\d{2}\.pdf$/),
    landscape: true,
  })
  await expect(page.getByText('De PDF is bewaard in /home/coach/PDF/dia.pdf.')).toBeVisible()
})

test('the desktop menu’s commands open their screens', async ({ openApp, host, page }) => {
  await fakeDesktopShell(page)
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  const menu = (command: string) => page.evaluate(`window.__menu(${JSON.stringify(command)})`)

  await menu('make-report')
  await expect(shell.heading).toHaveText('Rapporten')
  await menu('import-addresses')
  await expect(page.getByTestId('import-drop-zone')).toBeVisible()
  await menu('restore-backup')
  await expect(shell.heading).toHaveText('Instellingen')
  await expect(page.getByRole('heading', { level: 2, name: 'Back-ups' })).toBeInViewport()
  await menu('new-programme')
  await expect(page).toHaveURL(/#\/programma\/nieuw$/)
  // The screen focuses its heading once it has loaded, which would close a switcher opened before.
  await expect(shell.heading).toHaveText('Nieuw programma')
  await expect(shell.heading).toBeFocused()
  await menu('switch-programme')
  await expect(page.getByRole('listbox')).toBeVisible()
  await page.keyboard.press('Escape')
  await menu('presentation')
  await expect(page).toHaveURL(/#\/presenteren$/)
})

test('the desktop menu’s "Back-up als bestand bewaren" asks for a passphrase, then saves the encrypted file', async ({
  openApp,
  host,
  page,
}) => {
  const shellCalls = await fakeDesktopShell(page)
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await page.evaluate(`window.__menu('save-backup-file')`)
  await expect(shell.heading).toHaveText('Instellingen')
  const dialog = page.getByRole('dialog', { name: 'Back-up versleuteld bewaren' })
  await dialog.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('paars konijn zingt morgen')
  await dialog.getByRole('textbox', { name: 'Wachtwoord nog een keer' }).fill('paars konijn zingt morgen')
  await dialog.getByRole('button', { name: 'Versleuteld bewaren' }).click()
  await expect(page.getByText(/Het versleutelde back-upbestand .* is bewaard/)).toBeVisible()
  await expect(dialog).toBeHidden()
  expect(await shellCalls()).toEqual([
    {
      method: 'saveFile',
      input: {
        fileName: expect.stringMatching(/^Krachtstroom back-up .*\.kcbackup$/),
        base64: '…',
        kind: 'backup',
      },
    },
  ])
})
