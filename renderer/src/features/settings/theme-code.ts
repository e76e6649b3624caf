import { foldText } from '../../../../shared/domain/fold-text'

/**
 * A theme code from its label: lower-case, accents dropped, only a–z, 0–9 and hyphens (at most 60),
 * and not one of `taken` (a number is added: "groen-2").
 */
export function themeCodeFor(label: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const base =
    foldText(label)
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
  const wanted = foldText(label)
  for (const other of labels) if (foldText(other) === wanted) return true
  return false
}
