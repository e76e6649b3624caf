/**
 * True when every character is one XML 1.0 allows: tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF. Lone surrogates, control characters and U+FFFE/U+FFFF are not.
 * Written as a loop over code points, independent of the sanitiser it checks.
 */
export function xmlAllows(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff)
    if (!allowed) return false
  }
  return true
}
