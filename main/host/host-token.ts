import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'

/** What a token may look like: at least 16 letters, digits or `. _ ~ -` (safe in a URL as it is). */
const tokenPattern = /^[A-Za-z0-9._~-]{16,200}$/

/** Where the web host's token comes from; never from the command line, where every account can read it. */
export interface TokenSource {
  /** `--token-file`: a file readable by the owner only. */
  tokenFile?: string
  /** `KRACHTSTROOM_TOKEN`: the environment of a process is readable by its owner only. */
  envToken?: string
}

/** A new random token (32 URL-safe characters). */
export function generateToken(): string {
  return randomBytes(24).toString('base64url')
}

function checkToken(token: string, source: string): string {
  if (!tokenPattern.test(token))
    throw new Error(`${source}: de sleutel moet minstens 16 tekens zijn (letters, cijfers, . _ ~ -).`)
  return token
}

/**
 * Reads the token from a file, refusing a file that other accounts on this computer can read (on
 * macOS and Linux its mode must be 0600 or stricter). Surrounding white space and a final newline
 * are ignored.
 */
export async function readTokenFile(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new Error(`--token-file: het bestand ${path} bestaat niet of kan niet worden gelezen.`)
  }
  if (!info.isFile()) throw new Error(`--token-file: ${path} is geen bestand.`)
  if (platform !== 'win32' && (info.mode & 0o077) !== 0) {
    throw new Error(
      `--token-file: andere gebruikers van deze computer kunnen ${path} lezen. Maak het alleen voor jou leesbaar (chmod 600 "${path}") en start opnieuw.`,
    )
  }
  return checkToken((await readFile(path, 'utf8')).trim(), '--token-file')
}

/**
 * The web host's token: from `--token-file`, else from `KRACHTSTROOM_TOKEN`, else a new random one.
 * Throws an Error with a Dutch message for a bad file or token.
 */
export async function resolveToken(
  source: TokenSource,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  if (source.tokenFile !== undefined) return readTokenFile(source.tokenFile, platform)
  if (source.envToken !== undefined && source.envToken !== '')
    return checkToken(source.envToken, 'KRACHTSTROOM_TOKEN')
  return generateToken()
}
