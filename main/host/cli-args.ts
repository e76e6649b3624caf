import { parseArgs } from 'node:util'
import { z } from 'zod'

/** Options of `npm run web`. */
export interface WebCliOptions {
  dataDir?: string
  port: number
  token?: string
  open: boolean
  rendererDir?: string
}

const portSchema = z.coerce.number().int().min(0).max(65_535)

/** Reads the web host's command line; throws an Error with a Dutch message on a bad option. */
export function parseWebCliArgs(argv: string[], env: NodeJS.ProcessEnv): WebCliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'renderer-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const port = portSchema.safeParse(values.port ?? '4815')
  if (!port.success) throw new Error(`--port: "${values.port}" is geen geldig poortnummer (0–65535).`)
  const token = values.token ?? env.KRACHTSTROOM_TOKEN
  if (token !== undefined && !/^[A-Za-z0-9._~-]{16,200}$/.test(token)) {
    throw new Error('--token: gebruik minstens 16 tekens (letters, cijfers, . _ ~ -).')
  }
  return {
    port: port.data,
    open: !values['no-open'],
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
    ...(token !== undefined ? { token } : {}),
    ...(values['renderer-dir'] !== undefined ? { rendererDir: values['renderer-dir'] } : {}),
  }
}
