/** The same nested keys as `T`, every leaf a string: what the English texts must match. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> }

/**
 * Declares one feature's interface texts in Dutch and English. Each feature keeps its texts in its
 * own file under shared/i18n/ui/ (with its own top-level key), so features can grow independently;
 * the type makes the English keys equal to the Dutch ones.
 */
export function defineUiTexts<T extends object>(nl: T, en: SameKeys<T>): { nl: T; en: SameKeys<T> } {
  return { nl, en }
}
