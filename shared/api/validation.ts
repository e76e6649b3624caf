import { z } from 'zod'
import { type ApiError } from './errors'
import { fieldLabel } from './field-labels'

// Zod's own Dutch texts serve every case our schemas do not word themselves.
z.config(z.locales.nl())

/** Turns one zod issue into a sentence a coach understands, naming the field. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const label = fieldLabel(issue.path)
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${label}: is verplicht.`
  if (issue.code === 'unrecognized_keys') {
    return `${label}: onbekend veld ${issue.keys.map((key) => `"${key}"`).join(', ')}.`
  }
  const message = issue.message.endsWith('.') ? issue.message : `${issue.message}.`
  return `${label}: ${message}`
}

/** The validation error for a failed parse: the first problem in words, plus the field path. */
export function validationError(error: z.ZodError): ApiError {
  const first = error.issues[0]
  if (!first) return { code: 'VALIDATION_FAILED', message: 'De invoer is ongeldig.' }
  const others = error.issues.length - 1
  const extra =
    others === 0 ? '' : others === 1 ? ' (en nog 1 ander probleem)' : ` (en nog ${others} andere problemen)`
  return {
    code: 'VALIDATION_FAILED',
    message: `${describeIssue(first)}${extra}`,
    field: first.path.map(String).join('.'),
  }
}

/** Per-field messages, for forms that show each problem beside its field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.')
    if (!(key in result)) result[key] = describeIssue(issue)
  }
  return result
}
