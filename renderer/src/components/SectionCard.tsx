import { Paper, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useId } from 'react'

interface SectionCardProps {
  title: string
  description?: ReactNode
  /** Extra controls on the right of the title. */
  aside?: ReactNode
  children: ReactNode
  testId?: string
}

/** A white card with an h2, used to group one topic on a page (a labelled region for screen readers). */
export function SectionCard({ title, description, aside, children, testId }: SectionCardProps) {
  const headingId = useId()
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="xl" radius="md" data-testid={testId}>
      <Stack gap="lg">
        <div>
          <Title order={2} id={headingId}>
            {title}
          </Title>
          {description !== undefined && (
            <Text c="dimmed" size="sm" mt={4}>
              {description}
            </Text>
          )}
          {aside}
        </div>
        {children}
      </Stack>
    </Paper>
  )
}
