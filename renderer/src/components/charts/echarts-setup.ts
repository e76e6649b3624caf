import { GridComponent, LegendComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only the parts every chart needs; each kind of chart adds its own part when first drawn (see
// chart-types.ts), so the bundle stays lean. The canvas renderer sets element styles through CSSOM
// (element.style), which the Content-Security-Policy allows.
echarts.use([GridComponent, LegendComponent, CanvasRenderer])

export { echarts }
export type { EChartsCoreOption } from 'echarts/core'
