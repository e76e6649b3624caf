import { basename } from 'node:path'
import { type StoreProblem } from '../../shared/api'

/** What the coach is told, and the facts the message is built from. */
export interface RecoveryFacts {
  kind: StoreProblem['kind']
  /** Short technical reason, shown at the end in brackets. */
  detail: string
  /** Where the file was moved, if it was. */
  movedAsideTo?: string
  /** True when at least one good backup exists. */
  hasBackups: boolean
}

/**
 * The Dutch message for a store that could not be loaded: what happened, where the file is now, and
 * what the coach can do next (choose a backup, or start empty when there is none).
 */
export function recoveryMessage(facts: RecoveryFacts): string {
  const aside = facts.movedAsideTo ? basename(facts.movedAsideTo) : undefined
  const next = facts.hasBackups
    ? 'Kies hieronder een back-up om terug te zetten.'
    : 'Er is nog geen back-up om terug te zetten; u kunt opnieuw beginnen met lege gegevens.'
  const technical = `(Technisch: ${facts.detail}.)`
  const movedOrKept = aside
    ? `is apart gezet als ${aside}`
    : 'kon niet apart worden gezet en staat nog ongewijzigd op zijn plaats'
  switch (facts.kind) {
    case 'corrupt':
      return `Het gegevensbestand is beschadigd en ${movedOrKept}. ${next} ${technical}`
    case 'invalid':
      return `Het gegevensbestand bevat gegevens die niet kloppen en ${movedOrKept}. ${next} ${technical}`
    case 'newer-version':
      return (
        'Het gegevensbestand is gemaakt met een nieuwere versie van Krachtstroom Coach. Deze versie kan het niet openen ' +
        'en laat het ongewijzigd. Installeer de nieuwste versie van de app, of zet een back-up terug (het nieuwere ' +
        `bestand wordt dan apart bewaard). ${technical}`
      )
    case 'unreadable':
      return (
        'Het gegevensbestand kan niet worden gelezen of bijgewerkt en is niet veranderd. Controleer of een ander ' +
        `programma het gebruikt en of de schijf ruimte heeft, en start de app opnieuw. U kunt ook een back-up terugzetten. ${technical}`
      )
  }
}
