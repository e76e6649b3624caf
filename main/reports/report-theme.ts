/** The house style of every report: one font, one set of sizes, colours derived from the accent. */
export interface ReportTheme {
  /** Accent colour as RRGGBB (no #). */
  accent: string
  /** Text on an accent fill: white, or near-black for light accents. */
  onAccent: string
  /** A very light tint of the accent, for zebra rows and key-figure cells. */
  tint: string
  /** A light tint for borders. */
  line: string
  text: string
  muted: string
  /** Colours for chart series and pie slices, the accent first. */
  palette: string[]
}

/** Arial is on every Windows and Mac, and LibreOffice draws it with the metric-compatible Liberation Sans. */
export const REPORT_FONT = 'Arial'

/** A4 in twentieths of a point (DXA) and its margins: 2 cm, 2.5 cm top for the header. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
  top: 1304,
  bottom: 1247,
  header: 567,
  footer: 567,
} as const

/** The width text may take on a page, in DXA. */
export function textWidth(orientation: 'portrait' | 'landscape'): number {
  return (orientation === 'portrait' ? PAGE.width : PAGE.height) - 2 * PAGE.margin
}

function channels(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
}

function toHex(rgb: readonly number[]): string {
  return rgb
    .map((value) =>
      Math.round(Math.max(0, Math.min(255, value)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()
}

/** Mixes a colour with white: `amount` 0 keeps it, 1 gives white. */
function lighten(hex: string, amount: number): string {
  return toHex(channels(hex).map((value) => value + (255 - value) * amount))
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const DEFAULT_ACCENT = '1B6B5F'

/**
 * The theme for an accent colour such as "#1b6b5f". An invalid colour falls back to the app's green.
 * Text on the accent is white unless the accent is so light that dark text reads better.
 */
export function reportTheme(accentColour: string | undefined): ReportTheme {
  const raw = (accentColour ?? '').replace(/^#/, '')
  const accent = /^[0-9a-fA-F]{6}$/.test(raw) ? raw.toUpperCase() : DEFAULT_ACCENT
  const light = luminance(accent) > 0.45
  const anchor = light ? '3A3A3A' : accent
  return {
    accent,
    onAccent: light ? '1A1A1A' : 'FFFFFF',
    tint: lighten(accent, 0.9),
    line: lighten(anchor, 0.75),
    text: '262626',
    muted: '5F6368',
    palette: [
      accent,
      'D98E04',
      '4A6FA5',
      '8E5A9B',
      '5B9A55',
      'C0504D',
      '7F8C8D',
      '2F8F9D',
      'B5651D',
      '6C757D',
    ],
  }
}
