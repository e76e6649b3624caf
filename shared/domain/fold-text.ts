/**
 * Text as compared for matching names and searching: accents removed, lower case, outer spaces
 * trimmed ("  Café " → "cafe").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
}
