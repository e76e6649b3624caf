import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const repoRoot = join(__dirname, '..', '..')

/** A web host started as a child process on a data folder, as `npm run web` would. */
export interface HostProcess {
  url: string
  port: number
  token: string
  child: ChildProcessWithoutNullStreams
  output: () => string
  /** Calls an API method with the token; answers the HTTP status and the parsed envelope. */
  call: (
    method: string,
    input?: unknown,
  ) => Promise<{
    status: number
    body: { ok: boolean; value?: unknown; error?: { code: string; message: string; field?: string } }
  }>
  /** SIGTERM, then waits for the exit code. */
  stop: () => Promise<number | null>
}

/** Options of {@link startHostProcess}. */
export interface StartOptions {
  dataDir: string
  rendererDir: string
  /** Run the TypeScript sources through tsx (default) or a built entry file. */
  entry?: string
}

/** Starts `main/host/web-main.ts` through tsx and waits for its first line with the URL. */
export async function startHostProcess({ dataDir, rendererDir, entry }: StartOptions): Promise<HostProcess> {
  const token = randomBytes(18).toString('hex')
  const args = entry ? [entry] : ['--import', 'tsx', join(repoRoot, 'main', 'host', 'web-main.ts')]
  const child = spawn(
    process.execPath,
    [...args, '--data-dir', dataDir, '--port', '0', '--no-open', '--renderer-dir', rendererDir],
    {
      cwd: repoRoot,
      // The token goes through the environment: on the command line every local account could read it.
      env: { ...process.env, CI: 'true', KRACHTSTROOM_TOKEN: token },
    },
  )
  let log = ''
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const lines = createInterface({ input: child.stdout })
  const firstLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${log}`)), 60_000)
    lines.once('line', (line) => {
      clearTimeout(timer)
      resolve(line)
    })
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${log}`)))
  })
  lines.on('line', (line) => (log += `${line}\n`))
  const match = /^Krachtstroom Coach: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(.+))$/.exec(firstLine)
  if (!match) throw new Error(`unexpected first line: ${firstLine}`)
  const port = Number(match[2])
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  return {
    url: match[1] ?? '',
    port,
    token,
    child,
    output: () => log,
    call: async (method, input) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input === undefined ? {} : { input }),
      })
      return { status: response.status, body: (await response.json()) as never }
    },
    stop: async () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}

/** A raw HTTP request with full control over the headers (fetch cannot set Host). */
export function rawRequest(
  port: number,
  options: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}
