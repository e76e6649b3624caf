import { inflateRawSync } from 'node:zlib'

/**
 * The files of a zip archive (such as a .docx) as bytes, read with node:zlib only: the central
 * directory gives each entry's name and offset; stored and deflated entries are supported.
 */
export function readZipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = buffer.length - 22
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1
  if (end < 0) throw new Error('Geen zip-bestand: einde van de centrale map niet gevonden.')
  const count = buffer.readUInt16LE(end + 10)
  let offset = buffer.readUInt32LE(end + 16)
  const files = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50)
      throw new Error('Kapotte centrale map in het zip-bestand.')
    const method = buffer.readUInt16LE(offset + 10)
    const compressedSize = buffer.readUInt32LE(offset + 20)
    const nameLength = buffer.readUInt16LE(offset + 28)
    const extraLength = buffer.readUInt16LE(offset + 30)
    const commentLength = buffer.readUInt16LE(offset + 32)
    const localOffset = buffer.readUInt32LE(offset + 42)
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength)
    const localNameLength = buffer.readUInt16LE(localOffset + 26)
    const localExtraLength = buffer.readUInt16LE(localOffset + 28)
    const start = localOffset + 30 + localNameLength + localExtraLength
    const data = buffer.subarray(start, start + compressedSize)
    files.set(name, method === 0 ? data : inflateRawSync(data))
    offset += 46 + nameLength + extraLength + commentLength
  }
  return files
}

/** The files of a zip archive as text (UTF-8). */
export function readZipText(bytes: Uint8Array): Map<string, string> {
  return new Map(
    [...readZipEntries(bytes)].map(([name, content]) => [name, Buffer.from(content).toString('utf8')]),
  )
}

/** True when the bytes start like a zip archive (a .docx, .xlsx or an embedded workbook). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * Every text an Office file holds, per part, with parts inside parts opened too (a chart's embedded
 * workbook in a .docx): for XML both the text between the tags and the XML itself with its
 * attributes (alt texts live there), entities decoded.
 */
export function officeFileTexts(bytes: Uint8Array, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>()
  for (const [name, content] of readZipEntries(bytes)) {
    const path = `${prefix}${name}`
    if (isZip(content)) {
      for (const [inner, text] of officeFileTexts(content, `${path}!/`)) texts.set(inner, text)
      continue
    }
    const raw = Buffer.from(content).toString('utf8')
    texts.set(path, `${decodeEntities(raw.replace(/<[^>]*>/g, ' '))}\n${decodeEntities(raw)}`)
  }
  return texts
}
