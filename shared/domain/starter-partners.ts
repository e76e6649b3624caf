import { type PartnerKind } from '../model/vocabulary'

/**
 * The partners almost every Krachtstroom programme works with, offered to tick when a programme
 * starts, so that bringing an idea to a partner is possible from the first week.
 */
export const starterPartnerKinds = [
  'gemeente',
  'sociaal-team',
  'cjg',
  'woningcorporatie',
  'welzijn',
  'politie',
  'dorpsgericht-werken',
] as const satisfies readonly PartnerKind[]
export type StarterPartnerKind = (typeof starterPartnerKinds)[number]

const names: Readonly<Record<Exclude<StarterPartnerKind, 'gemeente'>, string>> = {
  'sociaal-team': 'Sociaal team',
  cjg: 'CJG',
  woningcorporatie: 'Woningcorporatie',
  welzijn: 'Welzijnsorganisatie',
  politie: 'Politie (wijkagent)',
  'dorpsgericht-werken': 'Dorps- of wijkgericht werken',
}

/** The name a starter partner gets (the coach renames it later): "Gemeente Oldebroek", "Sociaal team". */
export function starterPartnerName(kind: StarterPartnerKind, gemeente: string): string {
  return kind === 'gemeente' ? `Gemeente ${gemeente.trim()}` : names[kind]
}
