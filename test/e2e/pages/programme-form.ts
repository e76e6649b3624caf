import { type Locator, type Page } from '@playwright/test'

/** What a test fills in; dates as the coach types them ("1-3-2026"). */
export interface ProgrammeFields {
  name?: string
  gemeente?: string
  description?: string
  start?: string
  end?: string
  goals?: Partial<Record<keyof typeof goalLabels, number>>
}

const goalLabels = {
  addresses: 'Adressen bereiken',
  conversations: 'Gesprekken',
  ideas: 'Ideeën',
  ideasRealised: 'Gerealiseerde ideeën',
  activeResidents: 'Actieve bewoners',
  connections: 'Verbindingen tussen buren',
} as const

/** The programme form (new programme, or the programme card in Instellingen). */
export class ProgrammeForm {
  readonly form: Locator
  readonly submitButton: Locator

  constructor(page: Page, submitLabel = 'Programma aanmaken') {
    this.form = page.getByRole('form', { name: submitLabel })
    this.submitButton = this.form.getByRole('button', { name: submitLabel })
  }

  /** The input of a field by its Dutch label. */
  field(label: string): Locator {
    return this.form.getByRole('textbox', { name: label, exact: false }).first()
  }

  goal(goal: keyof typeof goalLabels): Locator {
    return this.form.getByRole('textbox', { name: goalLabels[goal], exact: true })
  }

  async fill(fields: ProgrammeFields): Promise<void> {
    if (fields.name !== undefined) await this.field('Naam van het programma').fill(fields.name)
    if (fields.gemeente !== undefined) await this.field('Gemeente').fill(fields.gemeente)
    if (fields.description !== undefined) await this.field('Omschrijving').fill(fields.description)
    if (fields.start !== undefined) await this.typeDate('Begindatum', fields.start)
    if (fields.end !== undefined) await this.typeDate('Einddatum', fields.end)
    for (const [goal, value] of Object.entries(fields.goals ?? {})) {
      await this.goal(goal as keyof typeof goalLabels).fill(String(value))
    }
  }

  async submit(): Promise<void> {
    await this.submitButton.click()
  }

  private async typeDate(label: string, value: string): Promise<void> {
    const input = this.field(label)
    await input.fill(value)
    await input.press('Escape')
    await input.press('Tab')
  }
}
