import { type ReportModel } from './report-model'
import { sanitiseForWord } from './sanitise-for-word'

function deepSanitise<T>(value: T): T {
  if (typeof value === 'string') return sanitiseForWord(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => deepSanitise(item)) as T
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) result[key] = deepSanitise(item)
    return result as T
  }
  return value
}

/** A copy of the model with every string made safe for Word, wherever it sits. */
export function sanitiseReportModel(model: ReportModel): ReportModel {
  return deepSanitise(model)
}
