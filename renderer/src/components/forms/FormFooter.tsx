import { Alert, Button, Group } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { type ReactNode } from 'react'

interface FormFooterProps {
  /** True after a submit that found errors: shows `fixErrors` above the buttons. */
  showErrors: boolean
  fixErrors: string
  submitLabel: string
  submitting: boolean
  /** Buttons before the submit button (Annuleren, …). */
  secondaryActions?: ReactNode
}

/** The bottom of a long form: "fix the fields marked in red" after a failed submit, then the buttons. */
export function FormFooter({
  showErrors,
  fixErrors,
  submitLabel,
  submitting,
  secondaryActions,
}: FormFooterProps) {
  return (
    <>
      {showErrors && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {fixErrors}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        {secondaryActions}
        <Button type="submit" loading={submitting} size="md">
          {submitLabel}
        </Button>
      </Group>
    </>
  )
}
