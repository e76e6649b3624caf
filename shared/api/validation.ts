import { z } from 'zod'
import { COLOUR_PATTERN, DATE_PATTERN, THEME_CODE_PATTERN, TIME_PATTERN } from '../model'
import { type Language } from '../model/vocabulary'
import { numberBounds, schemasAt } from './contract-fields'
import { type ApiError } from './errors'
import { fieldLabel } from './field-labels'
import { BACKUP_ID_PATTERN } from './methods/core'
import { ADDITION_PATTERN, PHONE_PATTERN } from './methods/streets'
import {
  validationTexts,
  type FormatKind,
  type RuleKind,
  type ValidationTexts,
  type ValueKind,
} from './validation-texts'

// Zod's own Dutch texts for whatever is not worded here (e.g. forms falling back to an issue's message).
z.config(z.locales.nl())

/** What a validation message is worded for: the language, and the method (for its own labels and limits). */
export interface ValidationContext {
  language?: Language
  method?: string
  /** The method's input schema, to name both ends of a range. */
  schema?: z.ZodType
}

/** Text forms by their pattern, so each gets its own explanation. */
const formatsByPattern = new Map<string, FormatKind>([
  [String(DATE_PATTERN), 'date'],
  [String(TIME_PATTERN), 'time'],
  [String(COLOUR_PATTERN), 'colour'],
  [String(THEME_CODE_PATTERN), 'themeCode'],
  [String(BACKUP_ID_PATTERN), 'backupId'],
  [String(ADDITION_PATTERN), 'addition'],
  [String(PHONE_PATTERN), 'phone'],
])

function expectedKind(expected: string): ValueKind {
  switch (expected) {
    case 'string':
      return 'text'
    case 'number':
      return 'number'
    case 'int':
      return 'wholeNumber'
    case 'boolean':
      return 'yesNo'
    case 'array':
      return 'list'
    case 'object':
      return 'group'
    default:
      return 'other'
  }
}

/** True when text holds a control character, a quote or a backslash (not shown back as it is). */
function hasControlOrQuote(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code < 32 || (code >= 127 && code < 160) || char === '"' || char === '\\') return true
  }
  return false
}

/** A short, safe rendering of a given value for inside a sentence, when it is short enough. */
function shortValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '' || text.length > 30 || hasControlOrQuote(text)) return undefined
  return text
}

/** What kind of value was given, in words ("tekst ("12")"). */
function givenKind(value: unknown, texts: ValidationTexts): string {
  if (value === null) return texts.kinds.nothing
  if (Array.isArray(value)) return texts.kinds.list
  const shown = shortValue(value)
  switch (typeof value) {
    case 'string':
      return shown === undefined ? texts.kinds.text : `${texts.kinds.text} ("${shown}")`
    case 'number':
      return shown === undefined ? texts.kinds.number : `${texts.kinds.number} (${shown})`
    case 'boolean':
      return texts.kinds.yesNo
    case 'object':
      return texts.kinds.group
    default:
      return texts.kinds.other
  }
}

function isFileField(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1]
  return typeof last === 'string' && /base64$/i.test(last)
}

function formatOf(issue: z.core.$ZodIssueInvalidStringFormat): FormatKind {
  if (issue.format === 'uuid' || issue.format === 'guid') return 'reference'
  if (issue.format === 'datetime') return 'moment'
  if (issue.format === 'date') return 'date'
  if (issue.format === 'time') return 'time'
  return (issue.pattern && formatsByPattern.get(issue.pattern)) || 'other'
}

/** Names of fields the app does not know, quoted and shortened. */
function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).map((key) => {
    const clean = [...key].map((char) => (hasControlOrQuote(char) ? '?' : char)).join('')
    return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`
  })
  return keys.length > 3 ? `${shown.join(', ')} …` : shown.join(', ')
}

/**
 * One zod issue as a plain sentence that names the field by its label, in the app's language: a
 * missing value, a value of the wrong type (never reported as missing), an empty or too long text, a
 * number out of range, a date that is no date, an unknown choice, a rule between fields. Never shows
 * a raw field path or zod's own wording.
 */
export function describeIssue(issue: z.core.$ZodIssue, context: ValidationContext = {}): string {
  const language = context.language ?? 'nl'
  const texts = validationTexts(language)
  const label = fieldLabel(issue.path, language, context.method)
  const input: unknown = issue.input
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return texts.missing(label)
      return texts.wrongType(label, texts.kinds[expectedKind(issue.expected)], givenKind(input, texts))
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') return min <= 1 ? texts.empty(label) : texts.tooShort(label, min)
      if (issue.origin === 'array' || issue.origin === 'set') return texts.tooFew(label, min)
      return range(label, context, issue.path, texts, { min })
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') {
        if (isFileField(issue.path)) return texts.fileTooLarge(label, Math.round((max * 3) / 4 / 1_000_000))
        return texts.tooLong(label, max, typeof input === 'string' ? input.length : undefined)
      }
      if (issue.origin === 'array' || issue.origin === 'set') return texts.tooMany(label, max)
      return range(label, context, issue.path, texts, { max })
    }
    case 'invalid_format': {
      const kind = formatOf(issue as z.core.$ZodIssueInvalidStringFormat)
      if (kind === 'date' && input === '') return texts.empty(label)
      return texts.format[kind](label)
    }
    case 'invalid_value':
      return texts.unknownValue(label, shortValue(input))
    case 'unrecognized_keys':
      return texts.unknownFields(label, keyList(issue.keys))
    case 'custom': {
      const rule = (issue.params as { rule?: unknown } | undefined)?.rule
      if (rule === 'realDate') return texts.noSuchDate(label, shortValue(input))
      if (rule === 'postcode') return texts.format.postcode(label)
      if (typeof rule === 'string' && Object.hasOwn(texts.rules, rule))
        return texts.rules[rule as RuleKind](label)
      return texts.other(label)
    }
    default:
      return texts.other(label)
  }
}

/** "moet tussen 1 en 365 liggen": both ends where the schema names them. */
function range(
  label: string,
  context: ValidationContext,
  path: readonly PropertyKey[],
  texts: ValidationTexts,
  reported: { min?: number; max?: number },
): string {
  const bounds = context.schema ? numberBounds(schemasAt(context.schema, path)) : {}
  const min = bounds.min ?? reported.min
  const max = bounds.max ?? reported.max
  if (min !== undefined && max !== undefined) return texts.between(label, min, max)
  if (min !== undefined) return texts.atLeast(label, min)
  return texts.atMost(label, max ?? 0)
}

/** The validation error for a failed parse: the first problem in words, the count of the others, and the field path. */
export function validationError(error: z.ZodError, context: ValidationContext = {}): ApiError {
  const texts = validationTexts(context.language ?? 'nl')
  const first = error.issues[0]
  if (!first) return { code: 'VALIDATION_FAILED', message: texts.other(fieldLabel([], context.language)) }
  const others = error.issues.length - 1
  return {
    code: 'VALIDATION_FAILED',
    message: `${describeIssue(first, context)}${others > 0 ? texts.moreProblems(others) : ''}`,
    field: first.path.map(String).join('.'),
  }
}

/** Per-field messages, for forms that show each problem beside its field. */
export function fieldErrors(error: z.ZodError, context: ValidationContext = {}): Record<string, string> {
  const result: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.')
    if (!(key in result)) result[key] = describeIssue(issue, context)
  }
  return result
}
