/**
 * A whole number with its thousands grouped, exactly as Intl.NumberFormat writes it in nl-NL ("1.500")
 * and en-GB ("1,500"), without making one: the first Intl.NumberFormat of a page costs tens of
 * milliseconds, and the dashboard's figures are all whole numbers.
 */
export function groupDigits(value: number, separator: string): string {
  const digits = String(Math.abs(value))
  const groups: string[] = []
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end))
  return `${value < 0 ? '-' : ''}${groups.join(separator)}`
}
