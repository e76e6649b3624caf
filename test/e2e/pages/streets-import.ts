import { type Locator, type Page } from '@playwright/test'

/** The address import wizard: file, preview, import, result. */
export class AddressImportPage {
  readonly page: Page
  readonly fileInput: Locator
  readonly preview: Locator
  readonly errorRows: Locator
  readonly importButton: Locator
  /** With bad rows: "495 goede rijen importeren (5 overslaan)". */
  readonly importGoodButton: Locator
  /** With bad rows, the second choice: import nothing and correct the file. */
  readonly allOrNothingButton: Locator
  readonly nothingImported: Locator
  readonly refusal: Locator
  readonly result: Locator

  constructor(page: Page) {
    this.page = page
    this.fileInput = page.getByTestId('import-file-input')
    this.preview = page.getByTestId('import-preview')
    this.errorRows = page.locator('[data-testid="import-row"][data-status="fout"]')
    this.importButton = page.getByRole('button', { name: /^(Importeren|Import)$/ })
    this.importGoodButton = page.getByRole('button', { name: /goede rij(en)? importeren/ })
    this.allOrNothingButton = page.getByRole('button', { name: /^Alles of niets/ })
    this.nothingImported = page.getByTestId('import-nothing')
    this.refusal = page.getByTestId('import-refused')
    this.result = page.getByTestId('import-result')
  }

  async chooseFile(name: string, bytes: Buffer): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: bytes })
  }

  count(id: 'rows' | 'new' | 'existing' | 'errors'): Locator {
    return this.page.getByTestId(`import-count-${id}`)
  }

  resultFigure(id: 'imported' | 'matched' | 'streets' | 'rejected'): Locator {
    return this.page.getByTestId(`import-result-${id}`)
  }
}
