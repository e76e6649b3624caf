import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only the parts the app draws, so the bundle stays lean. The canvas renderer sets element styles
// through CSSOM (element.style), which the Content-Security-Policy allows.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, CanvasRenderer])

export { echarts }
export type { EChartsCoreOption } from 'echarts/core'
