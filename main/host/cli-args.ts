import { parseArgs } from 'node:util'
import { z } from 'zod'

/** Options of `npm run web`. */
export interface WebCliOptions {
  dataDir?: string
  port: number
  /** `--token-file`: where the token is (the token itself never goes on the command line). */
  tokenFile?: string
  /** `KRACHTSTROOM_TOKEN`, when set. */
  envToken?: string
  open: boolean
  rendererDir?: string
}

const portSchema = z.coerce.number().int().min(0).max(65_535)

/** Why `--token` is refused, and what to do instead. */
export const TOKEN_ON_COMMAND_LINE =
  '--token: een sleutel op de opdrachtregel kan iedere gebruiker van deze computer lezen (bijvoorbeeld met ps). ' +
  'Zet de sleutel in de omgevingsvariabele KRACHTSTROOM_TOKEN, of in een bestand dat alleen jij kunt lezen ' +
  '(chmod 600) en geef dat op met --token-file <bestand>. Zonder sleutel maakt de app er zelf een.'

/** Reads the web host's command line; throws an Error with a Dutch message on a bad option. */
export function parseWebCliArgs(argv: string[], env: NodeJS.ProcessEnv): WebCliOptions {
  if (argv.some((arg) => arg === '--token' || arg.startsWith('--token=')))
    throw new Error(TOKEN_ON_COMMAND_LINE)
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'token-file': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'renderer-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const port = portSchema.safeParse(values.port ?? '4815')
  if (!port.success) throw new Error(`--port: "${values.port}" is geen geldig poortnummer (0–65535).`)
  const envToken = env.KRACHTSTROOM_TOKEN
  return {
    port: port.data,
    open: !values['no-open'],
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
    ...(values['token-file'] !== undefined ? { tokenFile: values['token-file'] } : {}),
    ...(envToken !== undefined && envToken !== '' ? { envToken } : {}),
    ...(values['renderer-dir'] !== undefined ? { rendererDir: values['renderer-dir'] } : {}),
  }
}
