/** The longest a line of an iCalendar file may be, in octets, line break excluded (RFC 5545, 3.1). */
const MAX_OCTETS = 75

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/**
 * Folds every line of an iCalendar text so that no line is longer than 75 octets of UTF-8, as RFC 5545
 * asks: a long line goes on in lines that start with a space. Lines are folded between characters,
 * never inside one (so an "ë" or an emoji is never split over two lines). Lines that were folded
 * already (by characters, as the `ics` package does) are unfolded first.
 */
export function foldIcsLines(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  return unfolded
    .split('\r\n')
    .map((line) => foldLine(line))
    .join('\r\n')
}

function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let used = 0
  for (const char of line) {
    const size = octets(char.codePointAt(0) ?? 0)
    // A continuation line starts with a space, which counts towards its 75 octets.
    const room = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (used + size > room) {
      parts.push(current)
      current = ''
      used = 0
    }
    current += char
    used += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}
