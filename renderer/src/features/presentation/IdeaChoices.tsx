import { Checkbox, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaListItem } from '../../../../shared/api/contract'
import { SectionCard } from '../../components/SectionCard'
import { ShowMoreButton, useShowMore } from '../../components/ShowMore'
import classes from './Presentation.module.css'

interface IdeaChoicesProps {
  ideas: IdeaListItem[]
  chosen: string[]
  onChange: (ideaIds: string[]) => void
}

/** Ideas offered at first; more on request, so a programme with thousands opens quickly. */
const PAGE_SIZE = 20

/**
 * The ideas to highlight, marked and most supported first; each chosen idea gets a slide. The first
 * twenty are offered, and every chosen idea, wherever it is in the list.
 */
export function IdeaChoices({ ideas, chosen, onChange }: IdeaChoicesProps) {
  const { t } = useTranslation()
  const candidates = useMemo(
    () =>
      ideas
        .filter(({ idea }) => idea.status !== 'samengevoegd')
        .sort(
          (a, b) =>
            Number(b.idea.highlighted) - Number(a.idea.highlighted) || b.idea.supporters - a.idea.supporters,
        ),
    [ideas],
  )
  const chosenSet = new Set(chosen)
  const page = useShowMore(candidates, PAGE_SIZE, ({ idea }) => chosenSet.has(idea.id))
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
            {page.shown.map(({ idea }) => (
              <Checkbox
                key={idea.id}
                value={idea.id}
                size="md"
                label={idea.title}
                description={t('presentation.ideaSupporters', { count: idea.supporters })}
              />
            ))}
          </Stack>
          <ShowMoreButton state={page} testId="idea-choices-show-more" />
        </Checkbox.Group>
      )}
    </SectionCard>
  )
}
