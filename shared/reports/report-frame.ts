import { type ReportBlock, type ReportCover, type ReportModel } from './report-model'
import { type ReportContext } from './report-context'

/** A file name without characters Windows or macOS refuse, at most 150 characters before ".docx". */
export function reportFileName(parts: readonly string[]): string {
  const stem = parts
    .join(' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, '')
  return `${stem || 'Rapport'}.docx`
}

/** What a builder decides; the frame adds the cover details, header, footer and file name. */
export interface ReportFrameOptions {
  layout: ReportCover['layout']
  title: string
  subtitle?: string
  /** What the report is about, for history and file name; default the programme's name. */
  subject?: string
  /** Cover details between the programme's and the author's. */
  details?: Array<[label: string, value: string]>
  /** Show the period on the cover and in the footer (reports over a period). */
  showPeriod: boolean
  toc: boolean
  /** The heading levels the contents list: 1, or 1 and 2 (the default). */
  contentsLevels?: 1 | 2
  /** The kind of document as the cover and running header name it; default the report kind's name. */
  kindLabel?: string
  orientation?: ReportModel['orientation']
  /** The privacy line on the cover; default the general one. */
  privacyNote?: string
}

/** Assembles a ReportModel from the builder's blocks and the frame every report shares. */
export function frameReport(
  ctx: ReportContext,
  options: ReportFrameOptions,
  blocks: ReportBlock[],
): ReportModel {
  const { t, fmt, programme, period } = ctx
  const kindLabel = options.kindLabel ?? ctx.v.reportKind[ctx.request.kind]
  const subject = options.subject ?? ctx.text(programme.name)
  const periodText = fmt.period(period.from, period.to)
  const details: Array<[string, string]> = [
    [t.common.programme, ctx.text(programme.name)],
    [t.common.gemeente, ctx.text(programme.gemeente)],
    ...(options.showPeriod ? [[t.common.period, periodText] as [string, string]] : []),
    ...(options.details ?? []),
    [t.common.author, ctx.author],
    [t.common.organisation, ctx.organisation],
    // "Gemaakt op": the day the document was made, never to be read as the date of what it is about.
    [t.common.madeOn, fmt.date(ctx.today)],
  ]
  const cover: ReportCover = {
    layout: options.layout,
    kindLabel,
    title: options.title,
    details: details.filter(([, value]) => value.trim() !== '').map(([label, value]) => ({ label, value })),
    organisation: ctx.organisation,
    privacyNote:
      options.privacyNote ?? (ctx.includeNames ? t.common.privacyWithNames : t.common.privacyAnonymous),
  }
  if (options.subtitle !== undefined) cover.subtitle = options.subtitle
  return {
    kind: ctx.request.kind,
    language: ctx.language,
    title: `${kindLabel} — ${options.title}`,
    subject,
    fileName: reportFileName([kindLabel, subject, ctx.today]),
    orientation: options.orientation ?? 'portrait',
    includesNames: ctx.includeNames,
    author: ctx.author,
    cover,
    chrome: {
      header: [ctx.organisation, ctx.text(programme.name)].filter((part) => part !== '').join(' — '),
      footer: options.showPeriod ? `${kindLabel} · ${periodText}` : `${kindLabel} · ${fmt.date(ctx.today)}`,
      page: t.common.page,
      of: t.common.of,
      figure: t.common.figure,
      goal: t.common.goal,
      logoAlt: t.common.logoAlt(ctx.organisation),
      ...(options.toc ? { contents: t.common.contents } : {}),
      ...(options.toc && options.contentsLevels !== undefined
        ? { contentsLevels: options.contentsLevels }
        : {}),
    },
    blocks,
  }
}
