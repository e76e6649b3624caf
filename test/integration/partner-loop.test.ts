import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type StarterPartnerKind } from '../../shared/domain/starter-partners'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
beforeEach(async () => {
  t = await startTestRuntime()
})
afterEach(() => t.dispose())

async function programme(starterPartners?: StarterPartnerKind[]) {
  return t.call('programme.create', {
    name: 'Samen in de Straat',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
    ...(starterPartners ? { starterPartners } : {}),
  })
}

async function ideaAtPartner(programmeId: string, partnerId: string) {
  const { id } = await t.call('idea.create', { programmeId, title: 'Bankje bij het speelveld' })
  await t.call('idea.setStatus', { ideaId: id, status: 'uitgewerkt', date: '2026-11-01' })
  await t.call('idea.setStatus', {
    ideaId: id,
    status: 'ingebracht',
    partnerIds: [partnerId],
    ask: 'Kunnen jullie een bankje plaatsen?',
    date: '2026-11-02',
  })
  return id
}

describe('the usual partners of a new programme', () => {
  it('adds the ticked partners with their kind and a name, once each', async () => {
    const { id } = await programme(['gemeente', 'sociaal-team', 'politie', 'gemeente'])
    const partners = await t.call('partner.list', { programmeId: id })
    expect(partners.map(({ partner }) => [partner.kind, partner.name]).sort()).toEqual([
      ['gemeente', 'Gemeente Oldebroek'],
      ['politie', 'Politie (wijkagent)'],
      ['sociaal-team', 'Sociaal team'],
    ])
  })

  it('adds no partners when none are ticked, and refuses a kind that is not offered', async () => {
    const { id } = await programme()
    expect(await t.call('partner.list', { programmeId: id })).toEqual([])
    expect(
      await t.raw('programme.create', {
        name: 'Ander programma',
        gemeente: 'Oldebroek',
        period: { start: '2026-01-01' },
        starterPartners: ['bewonersinitiatief'],
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect((await t.call('programme.list')).length).toBe(1)
  })
})

describe('a partner answer with its date and words', () => {
  it('keeps what the partner answered on the owner, in the timeline and on the partner list', async () => {
    const { id: programmeId } = await programme(['welzijn'])
    const [welzijn] = await t.call('partner.list', { programmeId })
    const partnerId = welzijn?.partner.id ?? ''
    const ideaId = await ideaAtPartner(programmeId, partnerId)
    const answered = await t.call('idea.recordPartnerAnswer', {
      ideaId,
      partnerId,
      date: '2026-11-10',
      note: '  Ze plaatsen het bankje in het voorjaar.\nEerst overleg met de buren.  ',
    })
    expect(answered.owners[0]).toMatchObject({
      answeredAt: '2026-11-10',
      answer: 'Ze plaatsen het bankje in het voorjaar.\nEerst overleg met de buren.',
    })
    expect(answered.history.at(-1)).toMatchObject({
      date: '2026-11-10',
      note: 'Antwoord van Welzijnsorganisatie. Ze plaatsen het bankje in het voorjaar.\nEerst overleg met de buren.',
    })
    const detail = await t.call('idea.get', { ideaId })
    expect(detail.owners[0]?.answer).toBe('Ze plaatsen het bankje in het voorjaar.\nEerst overleg met de buren.')
    const [listed] = await t.call('partner.list', { programmeId })
    expect(listed?.ideas[0]).toMatchObject({ answeredAt: '2026-11-10', waitingDays: 8 })
  })

  it('takes an answer back, then a status change, each returning the idea to how it was', async () => {
    const { id: programmeId } = await programme(['cjg'])
    const [cjg] = await t.call('partner.list', { programmeId })
    const partnerId = cjg?.partner.id ?? ''
    const ideaId = await ideaAtPartner(programmeId, partnerId)
    const broughtIn = await t.call('idea.get', { ideaId })
    await t.call('idea.recordPartnerAnswer', { ideaId, partnerId, date: '2026-11-10', note: 'Ja.' })
    const undone = await t.call('idea.undoLastStep', { ideaId })
    expect(undone.owners).toEqual(broughtIn.idea.owners)
    expect(undone.history).toEqual(broughtIn.idea.history)

    await t.call('idea.setStatus', { ideaId, status: 'in-uitvoering', date: '2026-11-12' })
    const back = await t.call('idea.undoLastStep', { ideaId })
    expect(back).toMatchObject({ status: 'ingebracht', owners: broughtIn.idea.owners })
    expect(back.history).toHaveLength(broughtIn.idea.history.length)
    // Only the last step, and only once.
    expect(await t.raw('idea.undoLastStep', { ideaId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'ideaId' },
    })
  })

  it('refuses to take a step back once the idea changed after it, and changes nothing', async () => {
    const { id: programmeId } = await programme(['gemeente'])
    const [gemeente] = await t.call('partner.list', { programmeId })
    const ideaId = await ideaAtPartner(programmeId, gemeente?.partner.id ?? '')
    await t.call('idea.update', { ideaId, description: 'Bij de zandbak.' })
    const before = await t.call('idea.get', { ideaId })
    const refused = await t.raw('idea.undoLastStep', { ideaId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.call('idea.get', { ideaId })).toEqual(before)
  })
})
