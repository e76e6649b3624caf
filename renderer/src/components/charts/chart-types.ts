import { type ChartKind } from '../../../../shared/charts'
import { type echarts } from './echarts-setup'

/** The ECharts part that draws one kind of chart (what `echarts.use` takes). */
type ChartTypePart = Parameters<typeof echarts.use>[0]

// Each kind of chart in its own chunk: a screen with only bars never loads the pie or line code.
const chartTypeParts: Readonly<Record<ChartKind, () => Promise<ChartTypePart>>> = {
  bar: () => import('./chart-type-bar').then((module) => module.BarChart),
  'horizontal-bar': () => import('./chart-type-bar').then((module) => module.BarChart),
  line: () => import('./chart-type-line').then((module) => module.LineChart),
  pie: () => import('./chart-type-pie').then((module) => module.PieChart),
}

/** Every kind of chart the app draws. */
export const chartKinds = Object.keys(chartTypeParts) as ChartKind[]

/**
 * Loads ECharts' core and the part that draws `kind`, and registers that part, so a chart of this kind
 * can be drawn. Loading a kind again costs nothing.
 */
export async function loadChartType(kind: ChartKind): Promise<void> {
  const [{ echarts }, part] = await Promise.all([import('./echarts-setup'), chartTypeParts[kind]()])
  echarts.use(part)
}
