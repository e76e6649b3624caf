import { notFound } from '../../shared/api'
import { type StoreData } from '../../shared/model'

type Collection =
  | 'areas'
  | 'streets'
  | 'addresses'
  | 'contacts'
  | 'sessions'
  | 'teamMembers'
  | 'partners'
  | 'ideas'
  | 'actions'
  | 'residents'
  | 'connections'
  | 'signals'

const names: Readonly<Record<Collection, [what: string, field: string]>> = {
  areas: ['Dit gebied', 'areaId'],
  streets: ['Deze straat', 'streetId'],
  addresses: ['Dit adres', 'addressId'],
  contacts: ['Dit contactmoment', 'contactId'],
  sessions: ['Deze bijeenkomst', 'sessionId'],
  teamMembers: ['Dit teamlid', 'teamMemberId'],
  partners: ['Deze partner', 'partnerId'],
  ideas: ['Dit idee', 'ideaId'],
  actions: ['Deze vervolgstap', 'actionId'],
  residents: ['Deze bewoner', 'residentId'],
  connections: ['Deze verbinding', 'connectionId'],
  signals: ['Dit signaal', 'signalId'],
}

/**
 * A live (not deleted) entity by id, or a NOT_FOUND failure that names it in Dutch ("Deze straat
 * bestaat niet (meer).") and the input field. With `includeDeleted`, entities in the bin count too.
 */
export function findLive<C extends Collection>(
  data: Readonly<StoreData>,
  collection: C,
  id: string,
  options: { includeDeleted?: boolean; field?: string } = {},
): StoreData[C][number] {
  const list = data[collection] as ReadonlyArray<StoreData[C][number]>
  const found = list.find((item) => item.id === id && (options.includeDeleted || !item.deletedAt))
  const [what, field] = names[collection]
  if (!found) throw notFound(what, options.field ?? field)
  return found
}
