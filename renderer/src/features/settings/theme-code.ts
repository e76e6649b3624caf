/**
 * A theme code from its label: lower-case, accents dropped, only a–z, 0–9 and hyphens (at most 60),
 * and not one of `taken` (a number is added: "groen-2").
 */
export function themeCodeFor(label: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/g, '') || 'thema'
  if (!used.has(base)) return base
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`
    if (!used.has(candidate)) return candidate
  }
}

/** True when `label` equals another theme's label (ignoring case, accents and spaces around it). */
export function isDuplicateThemeLabel(label: string, labels: Iterable<string>): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .trim()
      .toLocaleLowerCase('nl')
  const wanted = fold(label)
  for (const other of labels) if (fold(other) === wanted) return true
  return false
}
