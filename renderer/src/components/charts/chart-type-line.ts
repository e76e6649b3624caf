// The line chart's part of ECharts, in its own chunk (see chart-types.ts).
export { LineChart } from 'echarts/charts'
