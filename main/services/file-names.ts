/** Characters Windows or macOS refuse in file names, plus control characters. */
function isForbidden(char: string): boolean {
  return '\\/:*?"<>|'.includes(char) || char.charCodeAt(0) < 0x20
}

/** A file name stem without characters an operating system refuses, at most 80 characters. */
export function safeFileName(text: string, fallback = 'export'): string {
  const cleaned = [...text]
    .filter((char) => !isForbidden(char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
  return cleaned || fallback
}
