/** What a logo file turned out to be. */
export interface LogoImageInfo {
  type: 'png' | 'jpg'
  width: number
  height: number
}

/** The largest logo side in pixels the app takes (a cover logo is a few hundred). */
const MAX_SIDE = 10_000

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0xffffffff
  for (let i = start; i < end; i += 1) crc = (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function uint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  )
}

function uint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0)
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/**
 * A PNG whose chunks are whole and correct: the signature, an IHDR chunk first (with its checksum)
 * giving the size, at least one IDAT chunk with image data, and IEND at the very end.
 */
function pngInfo(bytes: Uint8Array): LogoImageInfo | undefined {
  if (bytes.length < 57 || PNG_SIGNATURE.some((value, i) => bytes[i] !== value)) return undefined
  let at = 8
  let width = 0
  let height = 0
  let sawData = false
  for (let index = 0; at + 12 <= bytes.length; index += 1) {
    const length = uint32(bytes, at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    const end = at + 12 + length
    if (end > bytes.length || crc32(bytes, at + 4, at + 8 + length) !== uint32(bytes, at + 8 + length))
      return undefined
    if (index === 0) {
      if (type !== 'IHDR' || length !== 13) return undefined
      width = uint32(bytes, at + 8)
      height = uint32(bytes, at + 12)
    }
    if (type === 'IDAT' && length > 0) sawData = true
    if (type === 'IEND') {
      return end === bytes.length && sawData && width > 0 && height > 0
        ? { type: 'png', width, height }
        : undefined
    }
    at = end
  }
  return undefined
}

/** A JPEG with its start marker, a frame header giving the size, scan data and the end marker. */
function jpegInfo(bytes: Uint8Array): LogoImageInfo | undefined {
  if (bytes.length < 128 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined
  let end = bytes.length
  while (end > 2 && bytes[end - 1] === 0) end -= 1
  if (bytes[end - 2] !== 0xff || bytes[end - 1] !== 0xd9) return undefined
  let at = 2
  let size: { width: number; height: number } | undefined
  while (at + 4 <= end) {
    if (bytes[at] !== 0xff) return undefined
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1
      continue
    }
    const length = uint16(bytes, at + 2)
    if (length < 2 || at + 2 + length > end) return undefined
    // SOF0–SOF15 carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      size = { height: uint16(bytes, at + 5), width: uint16(bytes, at + 7) }
    }
    if (marker === 0xda) {
      // Start of scan: the compressed image follows up to the end marker.
      return size && size.width > 0 && size.height > 0 && at + 2 + length < end - 2
        ? { type: 'jpg', ...size }
        : undefined
    }
    at += 2 + length
  }
  return undefined
}

/**
 * What a logo file is: a PNG or JPEG that is whole (checked chunk by chunk, not only by its first
 * bytes) and has a sensible size. Anything else, an SVG (which can carry scripts) included, is
 * undefined.
 */
export function logoImageInfo(bytes: Uint8Array): LogoImageInfo | undefined {
  const info = pngInfo(bytes) ?? jpegInfo(bytes)
  return info && info.width <= MAX_SIDE && info.height <= MAX_SIDE ? info : undefined
}

/** The bytes of a base64 text (with or without a data-URI prefix), or undefined when it is no base64. */
export function bytesOfBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/^data:[^,]*,/, '').replace(/\s+/g, '')
  if (clean === '' || clean.length % 4 === 1 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return undefined
  const binary = atob(clean)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** True for base64 of a whole PNG or JPEG logo (see {@link logoImageInfo}). */
export function isLogoImage(base64: string): boolean {
  const bytes = bytesOfBase64(base64)
  return bytes !== undefined && logoImageInfo(bytes) !== undefined
}
