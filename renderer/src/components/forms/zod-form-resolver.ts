import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers'
import { type FieldError, type FieldValues, type Resolver } from 'react-hook-form'
import { type z } from 'zod'

/**
 * A react-hook-form resolver on a shared zod schema. `toInput` turns the form's values into the
 * schema's input (e.g. empty date → undefined); `describe` words each problem for beside its field.
 * The first problem per field is shown.
 */
export function zodFormResolver<TValues extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput>,
  toInput: (values: TValues) => unknown,
  describe: (issue: z.core.$ZodIssue, path: string) => string,
): Resolver<TValues, unknown, TOutput> {
  return (values, _context, options) => {
    const result = schema.safeParse(toInput(values), { reportInput: true })
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options)
      return { values: result.data, errors: {} }
    }
    const flat: Record<string, FieldError> = {}
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.')
      if (!(path in flat)) flat[path] = { type: issue.code, message: describe(issue, path) }
    }
    return { values: {}, errors: toNestErrors(flat, options) }
  }
}
