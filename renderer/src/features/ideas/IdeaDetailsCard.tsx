import { Anchor, Text } from '@mantine/core'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type IdeaDetail } from '../../../../shared/api/methods/ideas'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import classes from './IdeaPage.module.css'

/** What the idea is: the resident's words and the facts around it. */
export function IdeaDetailsCard({
  detail,
  themeLabel,
}: {
  detail: IdeaDetail
  themeLabel: (code: string) => string
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { idea } = detail
  const none = t('ideas.detail.none')
  const join = (values: string[]) => (values.length > 0 ? values.join(', ') : none)
  const facts: Array<[string, ReactNode]> = [
    [t('ideas.detail.street'), detail.streetName ?? none],
    [t('ideas.detail.address'), detail.addressLabel ?? none],
    [t('ideas.detail.themes'), join(idea.themes.map(themeLabel))],
    [t('ideas.detail.ingredients'), join(idea.ingredients.map((code) => t(`vocabulary.ingredient.${code}`)))],
    [t('ideas.detail.scope'), t(`vocabulary.ideaScope.${idea.scope}`)],
    [
      t('ideas.detail.initiators'),
      join(
        idea.initiators.map((person) =>
          person.name ? `${person.pseudonym} (${person.name})` : person.pseudonym,
        ),
      ),
    ],
    [t('ideas.detail.supporters'), t('ideas.supporters', { count: idea.supporters })],
    [t('ideas.detail.needs'), join(idea.needs.map((code) => t(`vocabulary.ideaNeed.${code}`)))],
    [t('ideas.detail.session'), detail.sessionTitle ?? none],
    [t('ideas.detail.collectedOn'), format.date(idea.collectedOn)],
  ]
  return (
    <SectionCard title={t('ideas.detail.detailsHeading')}>
      <div>
        <Text size="sm" fw={600} c="dark.4" mb={6}>
          {t('ideas.detail.description')}
        </Text>
        {idea.description.trim() ? (
          <blockquote className={classes.quote}>{idea.description}</blockquote>
        ) : (
          <Text c="dimmed">{t('ideas.detail.noDescription')}</Text>
        )}
      </div>
      <dl className={classes.facts}>
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {detail.mergedFrom.length > 0 && (
          <>
            <dt>{t('ideas.detail.mergedFrom')}</dt>
            <dd>
              {detail.mergedFrom.map((other, index) => (
                <span key={other.id}>
                  {index > 0 && ', '}
                  <Anchor component={Link} to={`/ideeen/${other.id}`} size="sm">
                    {other.title}
                  </Anchor>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
    </SectionCard>
  )
}
