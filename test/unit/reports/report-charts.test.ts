import { describe, expect, it } from 'vitest'
import {
  contactOutcomesChart,
  goalProgressChart,
  ideasByStatusChart,
  ideasByThemeChart,
  ideasOverTimeChart,
  sessionsByTypeChart,
  streetCoverageChart,
  themeLabel,
} from '../../../shared/charts'
import { demoSource } from './demo-source'

const { stats } = demoSource()
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

describe('shared chart data', () => {
  it('shows ideas per theme in the programme’s order, with alt text naming every figure', () => {
    const chart = ideasByThemeChart(stats, 'nl')
    expect(chart.kind).toBe('horizontal-bar')
    expect(chart.categories).toEqual(stats.ideasByTheme.map((theme) => theme.label))
    expect(chart.series[0]?.values).toEqual(stats.ideasByTheme.map((theme) => theme.count))
    expect(chart.altText).toBe(
      `Liggend staafdiagram: Ideeën per thema. ${stats.ideasByTheme.map((theme) => `${theme.label} ${theme.count}`).join(', ')}.`,
    )
  })

  it('shows every idea once in the status chart', () => {
    const chart = ideasByStatusChart(stats, 'nl')
    expect(sum(chart.series[0]?.values ?? [])).toBe(stats.ideas)
    expect(chart.categories.slice(0, 5)).toEqual([
      'Opgehaald',
      'Uitgewerkt',
      'Ingebracht bij partner',
      'In uitvoering',
      'Gerealiseerd',
    ])
  })

  it('gives coverage per street as whole percentages', () => {
    const chart = streetCoverageChart(stats, 'nl')
    expect(chart.valueFormat).toBe('percent')
    expect(chart.series[0]?.values).toEqual(
      stats.perStreet.map((street) => Math.round(street.coverage * 100)),
    )
    expect(chart.altText).toContain('Brinkakkerweg 75%')
  })

  it('leaves outcomes that never happened out of the pie', () => {
    const chart = contactOutcomesChart(
      { contactsByOutcome: { ...stats.contactsByOutcome, 'later-terug': 0 } },
      'nl',
    )
    expect(chart.kind).toBe('pie')
    expect(chart.categories).not.toContain('Later terugkomen')
    expect(sum(chart.series[0]?.values ?? [])).toBe(
      stats.contactMoments - stats.contactsByOutcome['later-terug'],
    )
  })

  it('shows each goal against its own scale (percent achieved), and has no chart without goals', () => {
    const chart = goalProgressChart(stats, 'en')
    expect(chart?.valueFormat).toBe('percent')
    expect(chart?.series.map((series) => series.name)).toEqual(['Achieved (% of the goal)'])
    expect(chart?.series[0]?.values).toEqual([
      Math.round((stats.reached / stats.goals.addresses) * 100),
      Math.round((stats.conversations / stats.goals.conversations) * 100),
      Math.round((stats.ideas / stats.goals.ideas) * 100),
      Math.round((stats.ideasRealised / stats.goals.ideasRealised) * 100),
    ])
    // Four realised ideas of a goal of eight read as clearly as hundreds of conversations.
    expect(chart?.categories[3]).toBe(`Realised (${stats.ideasRealised} of ${stats.goals.ideasRealised})`)
    expect(Math.min(...(chart?.series[0]?.values ?? []))).toBeGreaterThan(10)
    expect(
      goalProgressChart(
        { ...stats, goals: { addresses: 0, conversations: 0, ideas: 0, ideasRealised: 0 } },
        'nl',
      ),
    ).toBeUndefined()
  })

  it('counts sessions per type and ideas over time', () => {
    expect(sessionsByTypeChart({ 'deur-aan-deur': 5, bewonersavond: 1 }, 'nl').categories).toEqual([
      'Deur-aan-deur ronde',
      'Bewonersavond',
    ])
    expect(ideasOverTimeChart(['jun', 'jul', 'aug'], [2, 0, 3], 'nl').series[0]?.values).toEqual([2, 2, 5])
  })

  it('draws one moment as a bar, not as a line through a single point', () => {
    expect(ideasOverTimeChart(['jun', 'jul'], [2, 3], 'nl').kind).toBe('line')
    const single = ideasOverTimeChart(['jun'], [4], 'nl')
    expect(single.kind).toBe('bar')
    expect(single.series[0]?.values).toEqual([4])
  })

  it('translates default themes the coach did not rename, and keeps the coach’s own words', () => {
    expect(themeLabel('veiligheid', 'Veiligheid', 'en')).toBe('Safety')
    expect(themeLabel('veiligheid', 'Veilig in de wijk', 'en')).toBe('Veilig in de wijk')
    expect(themeLabel('eigen-thema', 'Eigen thema', 'en')).toBe('Eigen thema')
    expect(themeLabel('veiligheid', 'Veiligheid', 'nl')).toBe('Veiligheid')
  })
})
