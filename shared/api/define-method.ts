import { z } from 'zod'

/** One method of the contract: its input schema, a line on what it does, and (as a type) its result. */
export interface MethodSpec<Input extends z.ZodType, Result> {
  readonly input: Input
  readonly description: string
  /** Phantom field that carries the result type; never present at run time. */
  readonly result?: Result
}

/**
 * Declares a method: `method<Result>()(inputSchema, description)`. The two calls let TypeScript infer
 * the input schema while the result type is given explicitly.
 */
export function method<Result>() {
  return <Input extends z.ZodType>(input: Input, description: string): MethodSpec<Input, Result> => ({
    input,
    description,
  })
}

/** Input of methods that take no arguments: `{}` or nothing at all. */
export const noInput = z.object({}).strict().default({})
