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

const names: Readonly<Record<Collection, [what: string, field: string, english: string]>> = {
  areas: ['Dit gebied', 'areaId', 'This area'],
  streets: ['Deze straat', 'streetId', 'This street'],
  addresses: ['Dit adres', 'addressId', 'This address'],
  contacts: ['Dit contactmoment', 'contactId', 'This contact'],
  sessions: ['Deze sessie', 'sessionId', 'This session'],
  teamMembers: ['Dit teamlid', 'teamMemberId', 'This team member'],
  partners: ['Deze partner', 'partnerId', 'This partner'],
  ideas: ['Dit idee', 'ideaId', 'This idea'],
  actions: ['Deze vervolgstap', 'actionId', 'This follow-up'],
  residents: ['Deze bewoner', 'residentId', 'This resident'],
  connections: ['Deze verbinding', 'connectionId', 'This connection'],
  signals: ['Dit signaal', 'signalId', 'This signal'],
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
  const [what, field, english] = names[collection]
  if (!found) throw notFound(what, options.field ?? field, english)
  return found
}
