/** A logo ready for the cover: its bytes, its format and its size in pixels. */
export interface LogoImage {
  data: Uint8Array
  type: 'png' | 'jpg'
  width: number
  height: number
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length < 24 || signature.some((value, i) => bytes[i] !== value)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1] ?? 0
    const length = view.getUint16(offset + 2)
    // SOF0–SOF15 carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) }
    }
    offset += 2 + length
  }
  return undefined
}

/**
 * Reads the logo from settings (base64 PNG or JPEG, with or without a data-URI prefix). Anything else,
 * or an image without a readable size, gives undefined: the cover is then printed without a logo.
 */
export function readLogo(base64: string | undefined): LogoImage | undefined {
  if (!base64) return undefined
  const clean = base64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '')
  if (clean === '' || !/^[A-Za-z0-9+/]+=*$/.test(clean)) return undefined
  const data = new Uint8Array(Buffer.from(clean, 'base64'))
  const png = pngSize(data)
  if (png && png.width > 0 && png.height > 0) return { data, type: 'png', ...png }
  const jpeg = jpegSize(data)
  if (jpeg && jpeg.width > 0 && jpeg.height > 0) return { data, type: 'jpg', ...jpeg }
  return undefined
}

/** Scales a size to fit within a box, keeping its proportions. */
export function fitWithin(
  size: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(box.width / size.width, box.height / size.height, 1)
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  }
}
