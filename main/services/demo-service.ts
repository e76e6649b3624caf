import { type ApiParsedInput, type DemoLoaded } from '../../shared/api'
import { generateDemo } from '../../shared/demo/generate-demo'
import { mergeDemoInto } from '../../shared/demo/merge-demo'
import { localDate, nowIso } from './clock'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** demo.load: adds the generated demo programme (Oldebroek Voor Mekaar) and makes it active. */
export function createDemoService({ stores, clock, newId }: ServiceDeps) {
  return {
    'demo.load': async ({ scale }: ApiParsedInput<'demo.load'>): Promise<DemoLoaded> => {
      const store = requireStore(stores)
      const demo = generateDemo({ scale, today: localDate(clock), now: nowIso(clock), newId })
      await store.update((data) => mergeDemoInto(data, demo))
      return {
        programmeId: demo.programme.id,
        counts: {
          streets: demo.streets.length,
          addresses: demo.addresses.length,
          ideas: demo.ideas.length,
          sessions: demo.sessions.length,
          contacts: demo.contacts.length,
        },
      }
    },
  }
}
