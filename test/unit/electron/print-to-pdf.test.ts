import { describe, expect, it, vi } from 'vitest'
import { createPrintToPdf, pdfOptions, type PrintToPdfDeps } from '../../../main/print-to-pdf'
import { shellTexts } from '../../../main/shell-texts'

type Sender = { id: number }
const sender: Sender = { id: 7 }

function setup(overrides: Partial<PrintToPdfDeps<Sender>> = {}) {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46])
  const deps = {
    printToPdf: vi.fn<PrintToPdfDeps<Sender>['printToPdf']>(async () => pdf),
    files: {
      saveBytes: vi.fn<PrintToPdfDeps<Sender>['files']['saveBytes']>(async () => ({
        saved: true as const,
        path: '/home/coach/PDF/dia.pdf',
      })),
    },
    texts: () => shellTexts('nl'),
    log: vi.fn(),
    ...overrides,
  }
  return { deps, pdf, print: createPrintToPdf(deps) }
}

describe('pdfOptions', () => {
  it('prints backgrounds on A4, but lets the page’s own @page size (the slides) win', () => {
    expect(pdfOptions({ landscape: true })).toEqual({
      landscape: true,
      printBackground: true,
      pageSize: 'A4',
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    })
    expect(pdfOptions({ landscape: false }).landscape).toBe(false)
  })
})

describe('createPrintToPdf', () => {
  it('prints the sender’s page and saves the PDF in the PDF folder', async () => {
    const { deps, pdf, print } = setup()
    await expect(print(sender, { fileName: 'Oldebroek presentatie.pdf', landscape: true })).resolves.toEqual({
      saved: true,
      path: '/home/coach/PDF/dia.pdf',
    })
    expect(deps.printToPdf).toHaveBeenCalledExactlyOnceWith(sender, pdfOptions({ landscape: true }))
    expect(deps.files.saveBytes).toHaveBeenCalledExactlyOnceWith(
      sender,
      'Oldebroek presentatie.pdf',
      pdf,
      'pdf',
    )
  })

  it('validates the input before printing', async () => {
    const { deps, print } = setup()
    for (const input of [
      undefined,
      { fileName: 'dia.docx', landscape: true },
      { fileName: 'dia.pdf' },
      { fileName: 'dia.pdf', landscape: 'ja' },
      { fileName: 'dia.pdf', landscape: true, pageSize: 'A0' },
    ]) {
      const result = await print(sender, input)
      expect(result.saved, JSON.stringify(input)).toBe(false)
      expect(result.saved === false && result.error).toMatch(/PDF|pdf|ongeldig|liggend/)
    }
    expect(deps.printToPdf).not.toHaveBeenCalled()
  })

  it('explains a print that fails and saves nothing', async () => {
    const { deps, print } = setup({ printToPdf: async () => Promise.reject(new Error('renderer gone')) })
    await expect(print(sender, { fileName: 'dia.pdf', landscape: true })).resolves.toEqual({
      saved: false,
      error: 'De PDF kon niet worden gemaakt: renderer gone',
    })
    expect(deps.files.saveBytes).not.toHaveBeenCalled()
  })
})
