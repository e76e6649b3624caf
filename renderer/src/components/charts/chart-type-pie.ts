// The pie chart's part of ECharts, in its own chunk (see chart-types.ts).
export { PieChart } from 'echarts/charts'
