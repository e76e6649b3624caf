import {
  type Connection,
  type Idea,
  type Partner,
  type Programme,
  type Resident,
  type Signal,
  type Street,
} from '../../../shared/model'
import { type ResidentsFiguresInput } from '../../../shared/domain/residents-figures'

/** A small hand-made programme to count "bewoners aan zet" figures on, as of 30 June 2026. */
export const AS_OF = '2026-06-30'
export const P = '00000000-0000-4000-8000-000000000001'
const stamp = '2026-01-01T09:00:00.000Z'
let next = 100
const id = () => `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`
const base = () => ({ id: id(), programmeId: P, createdAt: stamp, updatedAt: stamp })

export const S1 = id()
export const S2 = id()
export const [A1, A2, A3] = [id(), id(), id()]
export const [I1, I2, I3] = [id(), id(), id()]
export const SOCIAAL = id()
export const CORPORATIE = id()

const programme: Programme = {
  id: P,
  createdAt: stamp,
  updatedAt: stamp,
  name: 'Samen in de Wijk',
  gemeente: 'Elburg',
  description: '',
  period: { start: '2026-01-01' },
  goals: { addresses: 0, conversations: 0, ideas: 0, ideasRealised: 0, activeResidents: 4 },
  themes: [],
  isDemo: false,
}

const street = (streetId: string, name: string): Street => ({
  id: streetId,
  programmeId: P,
  createdAt: stamp,
  updatedAt: stamp,
  name,
  place: '',
  notes: '',
})

const idea = (ideaId: string, status: Idea['status'], deleted = false): Idea => ({
  id: ideaId,
  programmeId: P,
  createdAt: stamp,
  updatedAt: stamp,
  ...(deleted ? { deletedAt: stamp } : {}),
  title: 'Idee',
  description: '',
  themes: [],
  ingredients: [],
  scope: 'collectief',
  initiators: [],
  supporters: 0,
  needs: [],
  collectedOn: '2026-02-01',
  status,
  history: [{ at: stamp, date: '2026-02-01', status: 'opgehaald', by: '', note: '' }],
  whatChanged: '',
  owners: [],
  feedback: [],
  highlighted: false,
})

const resident = (
  name: string,
  streetId: string,
  addressId: string,
  roles: Array<Omit<Resident['roles'][number], 'id'>>,
  deleted = false,
): Resident => ({
  ...base(),
  ...(deleted ? { deletedAt: stamp } : {}),
  streetId,
  addressId,
  pseudonym: name,
  name: '',
  consentToBeNamed: false,
  roles: roles.map((role) => ({ id: id(), ...role })),
})

export const residents = {
  r1: resident('R1', S1, A1, [
    { role: 'trekker', ideaId: I1, start: '2026-03-01' },
    { role: 'meedenker', ideaId: I1, start: '2026-03-05' },
  ]),
  r2: resident('R2', S1, A2, [{ role: 'helper', ideaId: I1, start: '2026-03-10', end: '2026-05-01' }]),
  r3: resident('R3', S2, A3, [{ role: 'buurtcontact', start: '2026-04-01' }]),
  r4: resident('R4', S2, A3, [{ role: 'trekker', ideaId: I2, start: '2026-04-01' }]),
  r5: resident('R5', S1, A1, [{ role: 'trekker', ideaId: I1, start: '2026-03-01' }], true),
  r6: resident('R6', S1, A2, [{ role: 'trekker', ideaId: I3, start: '2026-03-01' }]),
  r7: resident('R7', S1, A2, [{ role: 'helper', ideaId: I1, start: '2026-07-01' }]),
}

const connection = (fields: Partial<Connection> & Pick<Connection, 'date'>): Connection => ({
  ...base(),
  kind: 'burenhulp',
  description: '',
  residentIds: [],
  addressIds: [],
  streetIds: [S1],
  checks: [],
  ...fields,
})

export const connections = {
  c1: connection({
    date: '2026-01-10',
    addressIds: [A1, A2],
    checks: [{ on: '2026-04-15', running: true }],
    ideaId: I1,
  }),
  c2: connection({
    date: '2026-02-01',
    kind: 'gedeelde-zorg',
    residentIds: [residents.r3.id],
    streetIds: [S2],
    checks: [
      { on: '2026-03-01', running: true },
      { on: '2026-05-05', running: false },
    ],
  }),
  c3: connection({ date: '2026-03-31', addressIds: [A1], kind: 'samen-initiatief' }),
  c4: connection({ date: '2026-07-05', addressIds: [A3] }),
  c5: { ...connection({ date: '2026-03-01', addressIds: [A3] }), deletedAt: stamp },
}

const signal = (
  fields: Partial<Signal> & Pick<Signal, 'date' | 'category' | 'consent' | 'streetId'>,
): Signal => ({
  ...base(),
  note: '',
  status: 'open',
  history: [],
  ...(fields.consent === 'geen' ? {} : { consentHow: 'mondeling', consentOn: fields.date }),
  ...fields,
})

export const signals = {
  g1: signal({
    date: '2026-03-01',
    category: 'eenzaamheid',
    consent: 'geen',
    streetId: S1,
    status: 'afgerond',
  }),
  g2: signal({
    date: '2026-04-02',
    category: 'geldzorgen',
    consent: 'doorgeven',
    streetId: S1,
    addressId: A1,
    route: 'warme-overdracht',
    handover: { partnerId: SOCIAAL, date: '2026-04-04', contactPerson: 'Miriam' },
    status: 'opgepakt',
    history: [
      { status: 'open', on: '2026-04-02' },
      { status: 'overgedragen', on: '2026-04-04' },
      { status: 'opgepakt', on: '2026-04-14' },
    ],
  }),
  g3: signal({
    date: '2026-06-01',
    category: 'wonen',
    consent: 'doorgeven',
    streetId: S1,
    route: 'warme-overdracht',
    handover: { partnerId: CORPORATIE, date: '2026-06-10', contactPerson: '' },
    status: 'overgedragen',
    history: [
      { status: 'open', on: '2026-06-01' },
      { status: 'overgedragen', on: '2026-06-10' },
    ],
  }),
  g4: signal({
    date: '2026-05-01',
    category: 'eenzaamheid',
    consent: 'vastleggen',
    streetId: S2,
    route: 'buren',
    status: 'opgepakt',
    history: [
      { status: 'open', on: '2026-05-01' },
      { status: 'opgepakt', on: '2026-05-03' },
    ],
  }),
  g5: signal({
    date: '2026-06-20',
    category: 'zorg-mantelzorg',
    consent: 'doorgeven',
    streetId: S2,
    route: 'warme-overdracht',
    handover: { partnerId: SOCIAAL, date: '2026-07-02', contactPerson: '' },
    status: 'overgedragen',
    history: [
      { status: 'open', on: '2026-06-20' },
      { status: 'overgedragen', on: '2026-07-02' },
    ],
  }),
  g6: signal({
    date: '2026-05-01',
    category: 'geldzorgen',
    consent: 'doorgeven',
    streetId: S1,
    route: 'warme-overdracht',
    handover: { partnerId: SOCIAAL, date: '2026-05-01', contactPerson: '' },
    status: 'geen-behoefte',
    history: [
      { status: 'overgedragen', on: '2026-05-01' },
      { status: 'geen-behoefte', on: '2026-05-10' },
    ],
  }),
  g7: signal({
    date: '2026-07-10',
    category: 'veiligheid',
    consent: 'geen',
    streetId: S2,
    status: 'afgerond',
  }),
}

const partner = (partnerId: string, kind: Partner['kind']): Partner => ({
  id: partnerId,
  programmeId: P,
  createdAt: stamp,
  updatedAt: stamp,
  name: kind,
  kind,
  contacts: [],
  notes: '',
})

/** The whole fixture as the figures read it. */
export function residentsInput(): ResidentsFiguresInput {
  return {
    programmes: [programme],
    streets: [street(S1, 'Akkerstraat'), street(S2, 'Beukenlaan')],
    ideas: [idea(I1, 'in-uitvoering'), idea(I2, 'samengevoegd'), idea(I3, 'uitgewerkt', true)],
    partners: [partner(SOCIAAL, 'sociaal-team'), partner(CORPORATIE, 'woningcorporatie')],
    residents: Object.values(residents),
    connections: Object.values(connections),
    signals: Object.values(signals),
  }
}
