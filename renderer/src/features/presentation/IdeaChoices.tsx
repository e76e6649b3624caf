import { Checkbox, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type IdeaListItem } from '../../../../shared/api/contract'
import { SectionCard } from '../../components/SectionCard'
import classes from './Presentation.module.css'

interface IdeaChoicesProps {
  ideas: IdeaListItem[]
  chosen: string[]
  onChange: (ideaIds: string[]) => void
}

/** The ideas to highlight, most supported first; each chosen idea gets a slide. */
export function IdeaChoices({ ideas, chosen, onChange }: IdeaChoicesProps) {
  const { t } = useTranslation()
  const candidates = ideas
    .filter(({ idea }) => idea.status !== 'samengevoegd')
    .sort(
      (a, b) =>
        Number(b.idea.highlighted) - Number(a.idea.highlighted) || b.idea.supporters - a.idea.supporters,
    )
  return (
    <SectionCard
      title={t('presentation.ideasLegend')}
      description={t('presentation.ideasHint')}
      testId="idea-choices"
    >
      {candidates.length === 0 ? (
        <Text c="dimmed">{t('presentation.noIdeas')}</Text>
      ) : (
        <Checkbox.Group
          value={chosen}
          // Keep the deck in the order of the list, whatever order the coach ticks them in.
          onChange={(values) =>
            onChange(candidates.map(({ idea }) => idea.id).filter((id) => values.includes(id)))
          }
          aria-label={t('presentation.ideasLegend')}
        >
          <Stack gap="sm" className={classes.ideaList}>
            {candidates.map(({ idea }) => (
              <Checkbox
                key={idea.id}
                value={idea.id}
                size="md"
                label={idea.title}
                description={t('presentation.ideaSupporters', { count: idea.supporters })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </SectionCard>
  )
}
