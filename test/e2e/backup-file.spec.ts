import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeBackupFile } from '../../main/io/backup-file'
import { type StoreData } from '../../shared/model'
import { storeFileName } from './fixtures/paths'
import { WebHost } from './fixtures/web-host'
import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { expect, test } from './fixtures/test'

const passphrase = 'paars konijn zingt morgen'

test('a backup saved as an encrypted file restores with its passphrase into an empty data folder with every count equal', async ({
  openApp,
  host,
  page,
  consoleGuard,
}) => {
  // The wrong passphrase tried below is refused with a 400.
  consoleGuard.allow(/status of 400 \(Bad Request\)/)
  const shell = await openApp()
  await new FirstRunPage(page).loadDemo()
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')
  await shell.goTo('Instellingen')
  await page.getByRole('button', { name: 'Back-up als bestand bewaren' }).click()
  // The file is encrypted with a passphrase chosen twice; a weak one is not accepted.
  const saveDialog = page.getByRole('dialog', { name: 'Back-up versleuteld bewaren' })
  await saveDialog.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('1234567890')
  await expect(saveDialog).toContainText('Sterkte: zwak, te makkelijk te raden')
  await expect(saveDialog.getByRole('button', { name: 'Versleuteld bewaren' })).toBeDisabled()
  await saveDialog.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(passphrase)
  await expect(saveDialog).toContainText('Sterkte: sterk')
  await saveDialog.getByRole('textbox', { name: 'Wachtwoord nog een keer' }).fill(`${passphrase}!`)
  await expect(saveDialog).toContainText('De twee wachtwoorden zijn niet gelijk.')
  await saveDialog.getByRole('textbox', { name: 'Wachtwoord nog een keer' }).fill(passphrase)
  const downloadStarted = page.waitForEvent('download')
  await saveDialog.getByRole('button', { name: 'Versleuteld bewaren' }).click()
  const download = await downloadStarted
  expect(download.suggestedFilename()).toMatch(
    /^Krachtstroom back-up \d{4}-\d{2}-\d{2} \d\d\.\d\d\.kcbackup$/,
  )
  const saved = join(host.dataDir, '..', `${Date.now()}.kcbackup`)
  await download.saveAs(saved)
  const bytes = await readFile(saved)
  expect(bytes.subarray(0, 8).toString('ascii')).toBe('KCBACKUP')
  expect(bytes.includes(Buffer.from('Oldebroek'))).toBe(false)
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
    await page.getByRole('button', { name: 'Back-up terugzetten' }).click()
    await (await chooser).setFiles(saved)
    const unlock = page.getByRole('dialog', { name: 'Versleutelde back-up openen' })
    await unlock.getByRole('textbox', { name: 'Wachtwoord' }).fill('paars konijn zingt gisteren')
    await unlock.getByRole('button', { name: 'Openen' }).click()
    await expect(unlock).toContainText('dit wachtwoord klopt niet')
    expect(await api.call('programme.list')).toEqual([])
    await unlock.getByRole('textbox', { name: 'Wachtwoord' }).fill(passphrase)
    await unlock.getByRole('button', { name: 'Openen' }).click()
    const dialog = page.getByRole('dialog', { name: 'Deze back-up terugzetten?' })
    await expect(dialog).toContainText('Oldebroek Voor Mekaar — Krachtstroom (Oldebroek)')
    await expect(dialog).toContainText('4 straten, 150 adressen, 30 ideeën')
    await expect(dialog).not.toContainText('niet versleuteld')
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

test('an old unencrypted backup file still restores, with a warning', async ({
  openApp,
  host,
  page,
  dataDir,
}) => {
  await host.start()
  const { id: programmeId } = await host.call('programme.create', {
    name: 'Oud programma',
    gemeente: 'Elburg',
    period: { start: '2026-01-01' },
  })
  // A file as the app saved it before backup files were encrypted: the store in plain JSON.
  const store = JSON.parse(await readFile(join(dataDir, storeFileName), 'utf8')) as StoreData
  const oldFile = join(dataDir, '..', `${Date.now()}-oud.kcbackup`)
  await writeFile(oldFile, encodeBackupFile(store, '0.1.0', new Date('2026-11-01T10:00:00Z')))
  try {
    await host.call('programme.update', { programmeId, name: 'Nieuwe naam' })
    const shell = await openApp()
    await shell.goTo('Instellingen')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Back-up uit bestand terugzetten' }).click()
    await (await chooser).setFiles(oldFile)
    const dialog = page.getByRole('dialog', { name: 'Deze back-up terugzetten?' })
    await expect(dialog).toContainText('Dit back-upbestand is niet versleuteld')
    await dialog.getByRole('button', { name: 'Ja, terugzetten' }).click()
    await expect(page.getByText('De back-up uit het bestand is teruggezet.')).toBeVisible()
    expect((await host.call('programme.list')).map((p) => p.name)).toEqual(['Oud programma'])
  } finally {
    await rm(oldFile, { force: true })
  }
})
