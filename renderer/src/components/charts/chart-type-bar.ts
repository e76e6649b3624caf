// The bar chart's part of ECharts, in its own chunk (see chart-types.ts).
export { BarChart } from 'echarts/charts'
