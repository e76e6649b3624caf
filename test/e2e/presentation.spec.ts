import { join } from 'node:path'
import { expectNoSeriousAxeViolations, screensDir } from './pages/dashboard-axe'
import { PresentationPage } from './pages/presentation-page'
import { expect, test } from './fixtures/test'

test.use({ viewport: { width: 1280, height: 720 } })

test('the demo presentation steps through every slide with the keys, has an overview and Esc leaves', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  await openApp()
  const presentation = new PresentationPage(page)
  await presentation.openFromDashboard()
  await expectNoSeriousAxeViolations(page, 'presentation setup')
  await page.screenshot({ path: join(screensDir, 'slide-setup.png'), fullPage: true })
  const count = await presentation.announcedSlideCount()

  await presentation.start()
  const headings = await presentation.headingsFromOverview()
  expect(headings).toHaveLength(count)
  expect(headings[0]).toBe('Oldebroek Voor Mekaar — Krachtstroom')
  expect(headings).toEqual(
    expect.arrayContaining([
      'Waar staan we?',
      'De straten',
      'Bewoners aan zet',
      'Wat partners oppakken',
      'Volgende stappen',
    ]),
  )

  // Every slide, forward with the arrow key, each with its own heading.
  const seenKinds = new Set<string>()
  for (const [index, heading] of headings.entries()) {
    await expect(presentation.slideHeading).toHaveText(heading)
    await expect(page.getByTestId('slide-position')).toHaveText(`Dia ${index + 1} van ${count}`)
    const kind = (await page.getByTestId('slide-stage').getAttribute('data-slide-kind')) ?? 'unknown'
    if (!seenKinds.has(kind)) {
      seenKinds.add(kind)
      await page.screenshot({ path: join(screensDir, `slide-${kind}.png`) })
    }
    if (kind === 'streets') await expect(page.getByTestId('slide-stage').locator('canvas')).toHaveCount(1)
    if (index === 2) await expectNoSeriousAxeViolations(page, 'a slide')
    await page.keyboard.press('ArrowRight')
  }
  // At the end it stays on the last slide; back with the other keys.
  await expect(presentation.slideHeading).toHaveText(headings[count - 1]!)
  await page.keyboard.press('ArrowLeft')
  await expect(presentation.slideHeading).toHaveText(headings[count - 2]!)
  await page.keyboard.press('Home')
  await expect(presentation.slideHeading).toHaveText(headings[0]!)
  await page.keyboard.press('PageDown')
  await expect(presentation.slideHeading).toHaveText(headings[1]!)
  await page.keyboard.press('Space')
  await expect(presentation.slideHeading).toHaveText(headings[2]!)
  await page.keyboard.press('PageUp')
  await expect(presentation.slideHeading).toHaveText(headings[1]!)
  await page.keyboard.press('End')
  await expect(presentation.slideHeading).toHaveText(headings[count - 1]!)
  expect([...seenKinds]).toEqual(
    expect.arrayContaining([
      'title',
      'figures',
      'streets',
      'themes',
      'idea',
      'partners',
      'next-steps',
      'invitation',
    ]),
  )

  // The overview jumps to a slide.
  await page.getByRole('button', { name: 'Overzicht (O)' }).click()
  await expect(presentation.overview).toBeVisible()
  await page.screenshot({ path: join(screensDir, 'slide-overview.png') })
  await presentation.overview.getByRole('button', { name: /^Naar dia 2:/ }).click()
  await expect(presentation.overview).toBeHidden()
  await expect(presentation.slideHeading).toHaveText(headings[1]!)

  // Esc leaves the slides.
  await page.keyboard.press('Escape')
  await expect(presentation.deck).toBeHidden()
  await expect(presentation.setupHeading).toBeVisible()
})

test('a slide hidden in the setup is skipped, and "Als PDF bewaren" prints one page per slide', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  // Record what would be printed instead of opening the print dialog.
  await page.addInitScript({
    content: `window.print = () => {
      const slides = [...document.querySelectorAll('[data-print-slide]')]
      window.__printed = slides.map((slide) => {
        const box = slide.getBoundingClientRect()
        return { width: box.width, height: box.height, breakAfter: getComputedStyle(slide).breakAfter, heading: slide.querySelector('h1')?.textContent }
      })
    }`,
  })
  await openApp()
  const presentation = new PresentationPage(page)
  await presentation.openFromDashboard()
  const before = await presentation.announcedSlideCount()
  await presentation.slideCheckbox('Thema’s').uncheck()
  await expect(presentation.slideCount).toContainText(String(before - 1))

  await presentation.start()
  const headings = await presentation.headingsFromOverview()
  expect(headings).toHaveLength(before - 1)
  expect(headings).not.toContain('Waar gaan de ideeën over?')
  for (const heading of headings) {
    await expect(presentation.slideHeading).toHaveText(heading)
    await page.keyboard.press('PageDown')
  }
  await page.keyboard.press('Escape')
  await expect(presentation.setupHeading).toBeVisible()

  // Printed with the print stylesheet: every shown slide at 1280×720 with a page break after it.
  await page.emulateMedia({ media: 'print' })
  await page.getByRole('button', { name: 'Als PDF bewaren' }).click()
  await page.emulateMedia({ media: 'screen' })
  await expect(presentation.setupHeading).toBeVisible()
  // A string, as this file is compiled without the DOM lib.
  const printed = (await page.evaluate('window.__printed')) as Array<{
    width: number
    height: number
    breakAfter: string
    heading: string
  }>
  expect(printed.map((slide) => slide.heading)).toEqual(headings)
  for (const [index, slide] of printed.entries()) {
    expect({ width: slide.width, height: slide.height }).toEqual({ width: 1280, height: 720 })
    expect(slide.breakAfter).toBe(index === printed.length - 1 ? 'auto' : 'page')
  }
})
