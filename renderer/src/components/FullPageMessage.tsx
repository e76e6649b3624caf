import { Center, Container } from '@mantine/core'
import { type ReactNode } from 'react'

/** Centres content on an otherwise empty page (start-up, errors before the shell exists). */
export function FullPageMessage({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Container size={560} w="100%">
        {children}
      </Container>
    </Center>
  )
}
