import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebHost } from './fixtures/web-host'
import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { expect, test } from './fixtures/test'

test('a backup saved as a file restores into an empty data folder with every count equal', async ({
  openApp,
  host,
  page,
}) => {
  const shell = await openApp()
  await new FirstRunPage(page).loadDemo()
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')
  await shell.goTo('Instellingen')
  const downloadStarted = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Back-up als bestand bewaren' }).click()
  const download = await downloadStarted
  expect(download.suggestedFilename()).toMatch(
    /^Krachtstroom back-up \d{4}-\d{2}-\d{2} \d\d\.\d\d\.kcbackup$/,
  )
  const saved = join(host.dataDir, '..', `${Date.now()}.kcbackup`)
  await download.saveAs(saved)
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const before = await host.call('stats.programme', { programmeId })

  // A second, empty data folder: the coach's new laptop.
  const otherDir = await mkdtemp(join(tmpdir(), 'krachtstroom-e2e-restore-'))
  const other = new WebHost(otherDir)
  try {
    await other.start()
    await page.goto(other.url)
    await expect(page.getByRole('button', { name: 'Demo laden' })).toBeVisible()
    const api = other
    expect(await api.call('programme.list')).toEqual([])
    // The first-run screen offers to restore a backup file.
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Back-up uit bestand terugzetten' }).click()
    await (await chooser).setFiles(saved)
    const dialog = page.getByRole('dialog', { name: 'Deze back-up terugzetten?' })
    await expect(dialog).toContainText('Oldebroek Voor Mekaar — Krachtstroom (Oldebroek)')
    await expect(dialog).toContainText('4 straten, 150 adressen, 30 ideeën')
    await dialog.getByRole('button', { name: 'Ja, terugzetten' }).click()
    await expect(page.getByText('De back-up uit het bestand is teruggezet.')).toBeVisible()
    await expect(shell.heading).toHaveText('Oldebroek Voor Mekaar — Krachtstroom')
    expect(await api.call('stats.programme', { programmeId })).toEqual(before)
  } finally {
    // Leave the page first, so its requests do not hit a host that is already gone.
    await page.goto('about:blank')
    await other.stop()
    await rm(otherDir, { recursive: true, force: true })
    await rm(saved, { force: true })
  }
})
