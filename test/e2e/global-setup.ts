import { existsSync } from 'node:fs'
import { webHostScript, builtRendererIndex } from './fixtures/paths'

/** The suite drives the built app; say clearly what to do when it has not been built. */
export default function globalSetup(): void {
  for (const file of [webHostScript, builtRendererIndex]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} ontbreekt: bouw de app eerst met "npm run build" en start de tests dan opnieuw.`,
      )
    }
  }
}
