import { Button, Group, Table, TextInput, VisuallyHidden } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Theme } from '../../../../shared/model'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { notifySuccess } from '../../components/notifications'
import { SectionCard } from '../../components/SectionCard'
import { isDuplicateThemeLabel, themeCodeFor } from './theme-code'
import { ThemeRow } from './ThemeRow'

/** The programme's themes: rename inline, add (code made from the label), archive and use again. */
export function ThemesCard() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const programme = useApiQuery('programme.get', { programmeId: active.id })
  const update = useApiMutation('programme.update')
  const [newLabel, setNewLabel] = useState('')
  const [addError, setAddError] = useState<string | undefined>(undefined)
  const themes = programme.data?.themes ?? []

  const save = async (next: Theme[]): Promise<boolean> =>
    (await update.mutate({ programmeId: active.id, themes: next })).ok

  const refusal = (label: string, except?: string): string | undefined => {
    if (label.trim() === '') return t('themes.required')
    const others = themes.filter((theme) => theme.code !== except).map((theme) => theme.label)
    return isDuplicateThemeLabel(label, others) ? t('themes.duplicate') : undefined
  }

  const rename = async (code: string, label: string): Promise<string | undefined> => {
    const refused = refusal(label, code)
    if (refused !== undefined) return refused
    const next = themes.map((theme) => (theme.code === code ? { ...theme, label: label.trim() } : theme))
    if (await save(next)) notifySuccess(t('themes.renamed', { label: label.trim() }))
    return undefined
  }

  const toggleArchived = async (theme: Theme) => {
    const next = themes.map((item) =>
      item.code === theme.code ? { ...item, archived: !item.archived } : item,
    )
    if (await save(next))
      notifySuccess(
        t(theme.archived ? 'themes.unarchivedDone' : 'themes.archivedDone', { label: theme.label }),
      )
  }

  const add = async (event: FormEvent) => {
    event.preventDefault()
    const refused = refusal(newLabel)
    setAddError(refused)
    if (refused !== undefined) return
    const label = newLabel.trim()
    const code = themeCodeFor(
      label,
      themes.map((theme) => theme.code),
    )
    if (await save([...themes, { code, label, archived: false }])) {
      setNewLabel('')
      notifySuccess(t('themes.added', { label }))
    }
  }

  return (
    <SectionCard title={t('themes.heading')} description={t('themes.intro')} testId="settings-themes">
      {programme.data ? (
        <>
          <Table verticalSpacing="xs" aria-label={t('themes.caption')} data-testid="themes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('themes.name')}</Table.Th>
                <Table.Th scope="col">{t('themes.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('themes.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {themes.map((theme) => (
                <ThemeRow
                  key={theme.code}
                  theme={theme}
                  busy={update.isPending}
                  onRename={(label) => rename(theme.code, label)}
                  onToggleArchived={() => void toggleArchived(theme)}
                />
              ))}
            </Table.Tbody>
          </Table>
          <form onSubmit={(event) => void add(event)} noValidate>
            <Group align="flex-start" gap="sm">
              <TextInput
                label={t('themes.addLabel')}
                placeholder={t('themes.addPlaceholder')}
                value={newLabel}
                onChange={(event) => setNewLabel(event.currentTarget.value)}
                error={addError}
                maxLength={80}
                w={320}
              />
              <Button
                type="submit"
                mt={25}
                leftSection={<IconPlus size={16} aria-hidden />}
                loading={update.isPending}
              >
                {t('themes.add')}
              </Button>
            </Group>
          </form>
        </>
      ) : programme.error ? (
        <ErrorState error={programme.error} onRetry={programme.refresh} />
      ) : (
        <LoadingState minHeight={80} />
      )}
    </SectionCard>
  )
}
