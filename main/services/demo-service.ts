import { type ApiParsedInput, type DemoLoaded } from '../../shared/api'
import { generateDemo } from '../../shared/demo/generate-demo'
import { localDate, nowIso } from './clock'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** demo.load: adds the generated demo programme (Oldebroek Voor Mekaar) and makes it active. */
export function createDemoService({ stores, clock, newId }: ServiceDeps) {
  return {
    'demo.load': async ({ scale }: ApiParsedInput<'demo.load'>): Promise<DemoLoaded> => {
      const store = requireStore(stores)
      const demo = generateDemo({ scale, today: localDate(clock), now: nowIso(clock), newId })
      await store.update((data) => {
        data.programmes.push(demo.programme)
        data.teamMembers.push(...demo.teamMembers)
        data.partners.push(...demo.partners)
        data.areas.push(...demo.areas)
        data.streets.push(...demo.streets)
        data.addresses.push(...demo.addresses)
        data.contacts.push(...demo.contacts)
        data.sessions.push(...demo.sessions)
        data.ideas.push(...demo.ideas)
        data.actions.push(...demo.actions)
        data.settings.activeProgrammeId = demo.programme.id
      })
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
