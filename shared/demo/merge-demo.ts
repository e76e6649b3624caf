import { type StoreData } from '../model'
import { type DemoData } from './generate-demo'

/** Adds a generated demo programme to the store data and makes it the active programme. */
export function mergeDemoInto(data: StoreData, demo: DemoData): void {
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
  data.residents.push(...demo.residents)
  data.connections.push(...demo.connections)
  data.signals.push(...demo.signals)
  data.settings.activeProgrammeId = demo.programme.id
}
