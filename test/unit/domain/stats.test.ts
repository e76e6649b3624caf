import { describe, expect, it } from 'vitest'
import { computeProgrammeStats, type ProgrammeStatsInput } from '../../../shared/domain/stats'
import { defaultThemes } from '../../../shared/domain/themes'
import {
  type Action,
  type Address,
  type ContactMoment,
  type ContactOutcome,
  type Idea,
  type IdeaStatus,
  type Partner,
  type Programme,
  type Session,
  type SessionStatus,
  type Street,
} from '../../../shared/model'

const T = '2026-01-01T09:00:00.000Z'
const DELETED = '2026-02-01T09:00:00.000Z'
const P = 'prog-p'
const Q = 'prog-q'
const TODAY = '2026-05-14'

let n = 0
const id = (prefix: string): string => `${prefix}-${++n}`
const base = (programmeId = P, deleted = false) => ({
  id: id('e'),
  programmeId,
  createdAt: T,
  updatedAt: T,
  ...(deleted ? { deletedAt: DELETED } : {}),
})

function programme(programmeId: string): Programme {
  return {
    id: programmeId,
    createdAt: T,
    updatedAt: T,
    name: 'Test',
    gemeente: 'Oldebroek',
    description: '',
    period: { start: '2026-01-01' },
    goals: { addresses: 10, conversations: 20, ideas: 5, ideasRealised: 2 },
    themes: [
      ...defaultThemes(),
      { code: 'oud', label: 'Oud thema', archived: true },
      { code: 'oud-met-idee', label: 'Oud met idee', archived: true },
    ],
    isDemo: false,
  }
}
const street = (name: string, programmeId = P, deleted = false): Street => ({
  ...base(programmeId, deleted),
  name,
  place: '',
  notes: '',
})
const address = (s: Street, houseNumber: number, deleted = false): Address => ({
  ...base(s.programmeId, deleted),
  streetId: s.id,
  houseNumber,
  addition: '',
  postcode: '',
  householdNote: '',
  residentName: '',
  phone: '',
  consentToContact: false,
})
const contact = (a: Address, date: string, outcome: ContactOutcome, deleted = false): ContactMoment => ({
  ...base(a.programmeId, deleted),
  addressId: a.id,
  streetId: a.streetId,
  date,
  outcome,
  note: '',
})
const idea = (status: IdeaStatus, themes: string[], s?: Street, deleted = false, programmeId = P): Idea => ({
  ...base(programmeId, deleted),
  title: 'Idee',
  description: '',
  ...(s ? { streetId: s.id } : {}),
  themes,
  ingredients: [],
  scope: 'collectief',
  initiators: [],
  supporters: 0,
  needs: [],
  collectedOn: '2026-01-01',
  status,
  history: [],
  owners: [],
  feedback: [],
  highlighted: false,
  whatChanged: '',
})
const session = (status: SessionStatus, date: string, deleted = false): Session => ({
  ...base(P, deleted),
  revision: 0,
  type: 'bewonersavond',
  title: 'Avond',
  date,
  startTime: '19:30',
  endTime: '21:00',
  location: '',
  streetIds: [],
  teamMemberIds: [],
  invitedPartnerIds: [],
  goal: '',
  status,
})
const action = (done: boolean, due?: string, deleted = false): Action => ({
  ...base(P, deleted),
  title: 'Actie',
  notes: '',
  done,
  ...(due ? { due } : {}),
})
const partner = (programmeId = P, deleted = false): Partner => ({
  ...base(programmeId, deleted),
  name: 'Partner',
  kind: 'gemeente',
  contacts: [],
  notes: '',
})

/** Two streets whose names sort differently by code points and in Dutch, plus noise that must not count. */
function fixture(): { data: ProgrammeStatsInput; zand: Street; akker: Street } {
  const zand = street('Zandweg')
  const akker = street('akkerweg')
  const eend = street('Éénhoornstraat')
  const gone = street('Weg', P, true)
  const other = street('Andere', Q)
  const z1 = address(zand, 1)
  const z2 = address(zand, 2)
  const z3 = address(zand, 3)
  const a1 = address(akker, 1)
  const a2 = address(akker, 2)
  const deletedAddress = address(akker, 3, true)
  const onDeletedStreet = address(gone, 1)
  const otherAddress = address(other, 1)
  return {
    zand,
    akker,
    data: {
      programmes: [programme(P), programme(Q)],
      streets: [zand, akker, eend, gone, other],
      addresses: [z1, z2, z3, a1, a2, deletedAddress, onDeletedStreet, otherAddress],
      contacts: [
        contact(z1, '2026-02-01', 'niet-thuis'),
        contact(z1, '2026-02-10', 'gesprek'),
        contact(z1, '2026-03-10', 'gesprek'),
        contact(z2, '2026-02-01', 'kaartje'),
        contact(z3, '2026-02-01', 'gesprek'),
        contact(z3, '2026-03-01', 'niet-benaderen'),
        contact(a1, '2026-02-01', 'geen-interesse'),
        contact(a2, '2026-02-01', 'gesprek', true),
        contact(deletedAddress, '2026-02-01', 'gesprek'),
        contact(onDeletedStreet, '2026-02-01', 'gesprek'),
        contact(otherAddress, '2026-02-01', 'gesprek'),
      ],
      ideas: [
        idea('opgehaald', ['veiligheid', 'veiligheid'], zand),
        idea('gerealiseerd', ['leefbaarheid', 'zelf-bedacht'], zand),
        idea('samengevoegd', ['leefbaarheid'], akker),
        idea('in-uitvoering', ['oud-met-idee']),
        idea('opgehaald', ['veiligheid'], zand, true),
        idea('opgehaald', ['veiligheid'], other, false, Q),
      ],
      sessions: [
        session('gehouden', '2026-03-01'),
        session('gehouden', '2026-03-02', true),
        session('gepland', TODAY),
        session('verplaatst', '2026-06-01'),
        session('gepland', '2026-05-13'),
        session('geannuleerd', '2026-06-01'),
      ],
      actions: [
        action(false),
        action(false, '2026-05-13'),
        action(false, TODAY),
        action(true, '2026-01-01'),
        action(false, '2026-01-01', true),
      ],
      partners: [partner(), partner(), partner(P, true), partner(Q)],
    },
  }
}

describe('computeProgrammeStats', () => {
  it('matches a hand count on a small fixture, field by field', () => {
    const { data, zand, akker } = fixture()
    const eend = data.streets[2] as Street
    const stats = computeProgrammeStats(data, P, TODAY)
    expect(stats).toEqual({
      programmeId: P,
      addresses: 5,
      attempted: 4,
      reached: 2,
      notHomeOnly: 1,
      doNotContact: 1,
      coverage: 0.4,
      streets: 3,
      conversations: 3,
      contactMoments: 7,
      contactsByOutcome: {
        gesprek: 3,
        'niet-thuis': 1,
        'later-terug': 0,
        kaartje: 1,
        'geen-interesse': 1,
        'niet-benaderen': 1,
      },
      ideas: 4,
      ideasByStatus: {
        opgehaald: 1,
        uitgewerkt: 0,
        ingebracht: 0,
        'in-uitvoering': 1,
        gerealiseerd: 1,
        geparkeerd: 0,
        'niet-haalbaar': 0,
        samengevoegd: 1,
      },
      ideasByTheme: [
        { code: 'sociale-samenhang', label: 'Sociale samenhang', count: 0 },
        { code: 'leefbaarheid', label: 'Leefbaarheid', count: 2 },
        { code: 'veiligheid', label: 'Veiligheid', count: 1 },
        { code: 'armoede', label: 'Armoede', count: 0 },
        { code: 'zorg-en-welzijn', label: 'Zorg en welzijn', count: 0 },
        { code: 'openbare-ruimte', label: 'Openbare ruimte', count: 0 },
        { code: 'meedoen', label: 'Meedoen (werk, bijstand)', count: 0 },
        { code: 'oud-met-idee', label: 'Oud met idee', count: 1 },
        { code: 'zelf-bedacht', label: 'zelf-bedacht', count: 1 },
      ],
      ideasRealised: 1,
      ideasPerReachedAddress: 2,
      sessionsHeld: 1,
      sessionsPlanned: 2,
      partners: 2,
      openActions: 3,
      overdueActions: 1,
      perStreet: [
        {
          streetId: akker.id,
          name: 'akkerweg',
          ideas: 1,
          addresses: 2,
          attempted: 1,
          reached: 0,
          notHomeOnly: 0,
          doNotContact: 0,
          coverage: 0,
        },
        {
          streetId: eend.id,
          name: 'Éénhoornstraat',
          ideas: 0,
          addresses: 0,
          attempted: 0,
          reached: 0,
          notHomeOnly: 0,
          doNotContact: 0,
          coverage: 0,
        },
        {
          streetId: zand.id,
          name: 'Zandweg',
          ideas: 2,
          addresses: 3,
          attempted: 3,
          reached: 2,
          notHomeOnly: 1,
          doNotContact: 1,
          coverage: 2 / 3,
        },
      ],
      goals: { addresses: 10, conversations: 20, ideas: 5, ideasRealised: 2 },
    })
  })

  it('rounds ideas per reached address to two decimals and gives 0 when nothing is reached', () => {
    const { data } = fixture()
    const oneReached = {
      ...data,
      contacts: data.contacts.filter((c) => c.outcome !== 'gesprek' || c.date === '2026-02-10'),
    }
    const threeIdeas = { ...oneReached, ideas: data.ideas.slice(0, 3) }
    expect(computeProgrammeStats(threeIdeas, P, TODAY).ideasPerReachedAddress).toBe(3)
    const s = data.streets[0] as Street
    const many = { ...data, ideas: Array.from({ length: 7 }, () => idea('opgehaald', [], s)) }
    const stats = computeProgrammeStats(many, P, TODAY)
    expect(stats.reached).toBe(2)
    expect(stats.ideasPerReachedAddress).toBe(3.5)
    const tri = { ...many, ideas: many.ideas.slice(0, 2) }
    const withThreeReached = {
      ...tri,
      contacts: [...tri.contacts, contact(data.addresses[1] as Address, '2026-04-01', 'gesprek')],
    }
    expect(computeProgrammeStats(withThreeReached, P, TODAY).ideasPerReachedAddress).toBe(0.67)
    expect(computeProgrammeStats({ ...data, contacts: [] }, P, TODAY).ideasPerReachedAddress).toBe(0)
  })

  it('refuses an unknown or deleted programme', () => {
    const { data } = fixture()
    expect(() => computeProgrammeStats(data, 'nope', TODAY)).toThrow(/bestaat niet/)
    const deleted = { ...data, programmes: [{ ...programme(P), deletedAt: DELETED }] }
    expect(() => computeProgrammeStats(deleted, P, TODAY)).toThrow(/bestaat niet/)
  })

  it('returns a copy of the goals, not the programme’s own object', () => {
    const { data } = fixture()
    const stats = computeProgrammeStats(data, P, TODAY)
    stats.goals.addresses = 999
    expect(data.programmes[0]?.goals.addresses).toBe(10)
  })
})
