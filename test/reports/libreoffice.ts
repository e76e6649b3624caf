import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** LibreOffice runs at most this many at once: each is slow and takes a CPU of its own. */
const MAX_PARALLEL = Math.max(1, Math.min(3, availableParallelism()))

/**
 * Fails with a clear message when LibreOffice or pdftotext is missing, or when Arial would not be
 * drawn with Liberation Sans (whose widths the page numbers in the contents are worked out with).
 */
export function requireTools(): void {
  for (const [tool, pkg] of [
    ['soffice', 'libreoffice-writer-nogui'],
    ['pdftotext', 'poppler-utils'],
  ]) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0) {
      throw new Error(
        `${tool} ontbreekt voor de Word-rapportcontrole; installeer het pakket ${pkg} (apt-get install -y ${pkg}).`,
      )
    }
  }
  const arial = spawnSync('fc-match', ['-f', '%{family}', 'Arial'], { encoding: 'utf8' })
  if (arial.status === 0 && !arial.stdout.includes('Liberation Sans'))
    throw new Error(
      `LibreOffice tekent Arial hier met ${arial.stdout}; installeer fonts-liberation2 (apt-get install -y fonts-liberation2).`,
    )
}

function runSoffice(files: readonly string[], outDir: string, profileDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'soffice',
      [
        '--headless',
        '--norestore',
        '--nologo',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
        ...files,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`LibreOffice stopte met code ${code}: ${output}`))
    })
  })
}

/**
 * Converts .docx files to PDF with LibreOffice: the files are spread over at most three processes,
 * each with its own profile folder (two LibreOffice processes must never share one). Returns the PDF
 * path per input file; a PDF that LibreOffice could not make is simply missing on disk.
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<Map<string, string>> {
  const batches: string[][] = Array.from({ length: Math.min(MAX_PARALLEL, files.length) }, () => [])
  files.forEach((file, i) => batches[i % batches.length]?.push(file))
  const profileRoot = await mkdtemp(join(tmpdir(), 'kc-lo-profiles-'))
  try {
    await Promise.all(batches.map((batch, i) => runSoffice(batch, outDir, join(profileRoot, `profile-${i}`))))
  } finally {
    await rm(profileRoot, { recursive: true, force: true })
  }
  return new Map(files.map((file) => [file, join(outDir, basename(file).replace(/\.docx$/, '.pdf'))]))
}

/** The text of a PDF per page (pdftotext, UTF-8), or undefined when the PDF does not exist. */
export function pdfPages(pdf: string): string[] | undefined {
  if (!existsSync(pdf)) return undefined
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`pdftotext mislukte voor ${pdf}: ${result.stderr}`)
  const pages = result.stdout.split('\f')
  if (pages.length > 1 && pages[pages.length - 1]?.trim() === '') pages.pop()
  return pages
}

/** Text with every run of white space made one space, so line breaks in the PDF do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/** A line of text on a PDF page: its words, its top and its height in points. */
export interface PdfLine {
  text: string
  top: number
  height: number
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}

/**
 * The lines of every page of a PDF with where they are (pdftotext -bbox-layout), or undefined when
 * the PDF does not exist. A line's height follows its type size, so headings can be told from text.
 */
export function pdfLines(pdf: string): PdfLine[][] | undefined {
  if (!existsSync(pdf)) return undefined
  const result = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`pdftotext mislukte voor ${pdf}: ${result.stderr}`)
  return result.stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)<\/line>/gs),
      ].map(([, yMin, yMax, body]) => ({
        text: [...(body ?? '').matchAll(/>([^<]*)<\/word>/g)]
          .map(([, word]) => (word ?? '').replace(/&[a-z]+;/g, (entity) => entities[entity] ?? entity))
          .join(' '),
        top: Number(yMin),
        height: Number(yMax) - Number(yMin),
      })),
    )
}
