// Renders build/icon.svg to the PNG icon electron-builder turns into .ico (Windows), .icns (macOS)
// and the Linux icon. Run by hand after changing the SVG: `node scripts/make-icons.mjs`.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const root = new URL('..', import.meta.url).pathname
const svg = readFileSync(`${root}build/icon.svg`, 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
})
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
await page.locator('svg').screenshot({ path: `${root}build/icon.png`, omitBackground: true })
await browser.close()
console.log('build/icon.png gemaakt')
