/**
 * Where the next row starts after `from` once at least `minLength` characters were passed: the
 * position right after a line break that is not inside a quoted field, or the end of the text. Quotes
 * follow the CSV rules Papa Parse uses: a field is quoted only when it starts with `"`, and `""`
 * inside it is an escaped quote. So the text can be parsed piece by piece with the same result as
 * in one go.
 */
export function nextRowBoundary(text: string, from: number, minLength: number, delimiter: string): number {
  const target = from + minLength
  const separator = delimiter.charCodeAt(0)
  let inQuotes = false
  let fieldStart = true
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inQuotes) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) i += 1
        else inQuotes = false
      }
      continue
    }
    if (c === 34 && fieldStart) {
      inQuotes = true
      fieldStart = false
      continue
    }
    // "\n", or a lone "\r" (old Mac files); "\r\n" ends at its "\n".
    const lineEnd = c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)
    if (lineEnd && i + 1 >= target) return i + 1
    fieldStart = lineEnd || c === 13 || c === separator
  }
  return text.length
}
