import { Badge, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type ApiInput } from '../../../../shared/api/contract'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { outlineChapters } from './outline-sections'
import classes from './Reports.module.css'

interface ReportPreviewProps {
  request: ApiInput<'report.preview'>
  /** What still has to be chosen before there is anything to show, e.g. "de partner". */
  missing: string | undefined
}

/** What the report will contain: title, cover details, sections and counts; follows every choice. */
export function ReportPreview({ request, missing }: ReportPreviewProps) {
  const { t } = useTranslation()
  const preview = useApiQuery('report.preview', request, { enabled: missing === undefined })
  const outline = preview.data
  return (
    <SectionCard
      title={t('reports.previewHeading')}
      testId="report-preview"
      aside={
        preview.isFetching && outline ? (
          <Group gap={6} mt={4} role="status">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('reports.previewLoading')}
            </Text>
          </Group>
        ) : undefined
      }
    >
      {missing !== undefined ? (
        <Text c="dimmed">{t('reports.previewNeedsSubject', { what: missing })}</Text>
      ) : preview.error && !outline ? (
        <ErrorState error={preview.error} onRetry={preview.refresh} />
      ) : !outline ? (
        <LoadingState label={t('reports.previewLoading')} minHeight={120} />
      ) : (
        <Stack gap="md" data-testid="report-outline">
          <div>
            <Text size="sm" fw={600} c="krachtstroom.8">
              {outline.kindLabel}
            </Text>
            <Title order={3} className={classes.previewTitle} data-testid="preview-title">
              {outline.title}
            </Title>
            {outline.subject && <Text>{outline.subject}</Text>}
          </div>
          <Group gap="xs">
            <Badge variant="light" color={outline.includesNames ? 'orange' : 'krachtstroom'}>
              {outline.includesNames ? t('reports.withNames') : t('reports.anonymous')}
            </Badge>
            <Text size="sm" c="dimmed" component="span">
              {[
                t('reports.counts.headings', { count: outline.counts.headings }),
                t('reports.counts.charts', { count: outline.counts.charts }),
                t('reports.counts.tables', { count: outline.counts.tables }),
                ...(outline.counts.quotes > 0
                  ? [t('reports.counts.quotes', { count: outline.counts.quotes })]
                  : []),
              ].join(' · ')}
            </Text>
          </Group>
          {outline.cover.length > 0 && (
            <dl className={classes.cover}>
              {outline.cover.map((item) => (
                <div key={item.label}>
                  <dt>{item.label}</dt>
                  <dd>{item.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {outline.keyFigures.length > 0 && (
            <div>
              <Title order={4} className={classes.previewSub}>
                {t('reports.previewFigures')}
              </Title>
              <ul className={classes.figureList}>
                {outline.keyFigures.map((figure) => (
                  <li key={figure.label}>
                    <span>{figure.label}</span> <strong>{figure.display}</strong>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <Title order={4} className={classes.previewSub}>
              {t('reports.previewSections')}
            </Title>
            <ol className={classes.sections} data-testid="preview-sections">
              {outlineChapters(outline.headings).map((chapter, index) => (
                <li key={`${index}-${chapter.text}`}>
                  {chapter.text}
                  {chapter.sections.length > 0 && (
                    <ul className={classes.subSections}>
                      {chapter.sections.map((section, sectionIndex) => (
                        <li key={`${sectionIndex}-${section}`}>{section}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </div>
          <Text size="sm" c="dimmed">
            {t('reports.previewFile', { fileName: outline.fileName })}
          </Text>
        </Stack>
      )}
    </SectionCard>
  )
}
