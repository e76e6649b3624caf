import { Button, Group, PasswordInput } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'

/**
 * Asks for the team password: each session in the browser version, or when the server refuses the
 * one kept (the administrator changed it). Takes the focus when the coach came here through the
 * header's indicator, so the field is in view and ready to type in.
 */
export function SyncPasswordPrompt({
  username,
  refused,
  focus,
}: {
  username: string
  refused: boolean
  focus: boolean
}) {
  const { t } = useTranslation()
  const sendPassword = useApiMutation('sync.password')
  const [password, setPassword] = useState('')
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (focus) input.current?.focus()
  }, [focus])
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        void sendPassword.mutate({ password }).then((outcome) => {
          if (outcome.ok) setPassword('')
        })
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <PasswordInput
          ref={input}
          label={t('sync.passwordOf', { username })}
          description={refused ? t('sync.passwordRefusedHint') : t('sync.passwordAgainHint')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="current-password"
          required
          w={400}
          maw="100%"
          data-testid="sync-password-again"
        />
        <Button type="submit" loading={sendPassword.isPending}>
          {t('sync.passwordSend')}
        </Button>
      </Group>
    </form>
  )
}
