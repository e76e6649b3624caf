import { type RefObject, useEffect, useRef } from 'react'
import { type EChartsCoreOption, echarts } from './echarts-setup'

/**
 * Draws an ECharts option into the returned element's ref: initialises the chart once, replaces its
 * option when it changes, follows the element's size and disposes the chart on unmount.
 */
export function useEChart(option: EChartsCoreOption): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement | null>(null)
  const chartRef = useRef<ReturnType<typeof echarts.init> | undefined>(undefined)

  useEffect(() => {
    const element = ref.current
    if (!element) return
    const chart = echarts.init(element, undefined, { renderer: 'canvas' })
    chartRef.current = chart
    const observer = new ResizeObserver(() => chart.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      chart.dispose()
      chartRef.current = undefined
    }
  }, [])

  useEffect(() => {
    chartRef.current?.setOption(option, true)
  }, [option])

  return ref
}
