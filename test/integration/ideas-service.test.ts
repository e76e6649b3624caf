import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let partnerId: string
let streetId: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', {
      name: 'Samen in de Straat',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
  ).id
  partnerId = (
    await t.call('partner.create', { programmeId, name: 'Sociaal Team Oldebroek', kind: 'sociaal-team' })
  ).id
  streetId = (await t.call('street.create', { programmeId, name: 'Zwaluwstraat' })).id
})
afterEach(() => t.dispose())

async function idea(title = 'Bankje bij het speelveld', extra: Record<string, unknown> = {}) {
  return t.call('idea.create', { programmeId, title, streetId, themes: ['leefbaarheid'], ...extra })
}

describe('ideas from capture to realisation', () => {
  it('captures an idea with one field and follows it through the main line, keeping every step', async () => {
    const quick = await t.call('idea.create', { programmeId, title: 'Buurtbarbecue in juni' })
    expect(quick).toMatchObject({ status: 'opgehaald', collectedOn: '2026-11-28', supporters: 0 })
    const id = quick.id
    await t.call('idea.setStatus', { ideaId: id, status: 'uitgewerkt', note: 'Met twee bewoners uitgewerkt' })
    await t.call('idea.setStatus', {
      ideaId: id,
      status: 'ingebracht',
      partnerIds: [partnerId],
      ask: 'Kunnen jullie helpen met een vergunning?',
    })
    await t.call('idea.setStatus', { ideaId: id, status: 'in-uitvoering' })
    const done = await t.call('idea.setStatus', {
      ideaId: id,
      status: 'gerealiseerd',
      note: 'Gehouden op 14 juni',
    })
    expect(done.history.map((h) => h.status)).toEqual([
      'opgehaald',
      'uitgewerkt',
      'ingebracht',
      'in-uitvoering',
      'gerealiseerd',
    ])
    expect(done.owners).toEqual([
      {
        partnerId,
        since: '2026-11-28',
        ask: 'Kunnen jullie helpen met een vergunning?',
        answeredAt: '2026-11-28',
      },
    ])
  })

  it('refuses an illegal status change with a clear Dutch message and changes nothing', async () => {
    const { id } = await idea()
    const before = await readFile(join(t.dataDir, 'krachtstroom.json'), 'utf8')
    const result = await t.raw('idea.setStatus', { ideaId: id, status: 'gerealiseerd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'status' } })
    expect(result.ok ? '' : result.error.message).toContain('kan niet naar "gerealiseerd"')
    expect(await readFile(join(t.dataDir, 'krachtstroom.json'), 'utf8')).toBe(before)
    expect((await t.call('idea.get', { ideaId: id })).idea.status).toBe('opgehaald')
  })

  it('requires a reason for niet haalbaar and a partner for ingebracht', async () => {
    const { id } = await idea()
    expect(await t.raw('idea.setStatus', { ideaId: id, status: 'niet-haalbaar' })).toMatchObject({
      ok: false,
      error: { field: 'reason' },
    })
    await t.call('idea.setStatus', { ideaId: id, status: 'uitgewerkt' })
    expect(await t.raw('idea.setStatus', { ideaId: id, status: 'ingebracht' })).toMatchObject({
      ok: false,
      error: { field: 'partnerIds' },
    })
    const refused = await t.call('idea.setStatus', {
      ideaId: id,
      status: 'niet-haalbaar',
      reason: 'De grond is van een particulier.',
    })
    expect(refused.history.at(-1)).toMatchObject({
      status: 'niet-haalbaar',
      reason: 'De grond is van een particulier.',
    })
  })

  it('merges a duplicate, keeping both histories and adding its supporters', async () => {
    const target = await idea('Bankje bij het speelveld', {
      supporters: 5,
      initiators: [{ pseudonym: 'Bewoner Zwaluwstraat', name: 'Gerda' }],
    })
    const duplicate = await idea('Zitplek bij de speeltuin', {
      supporters: 3,
      themes: ['sociale-samenhang'],
      initiators: [{ pseudonym: 'Bewoner Zwaluwstraat 2' }],
    })
    const merged = await t.call('idea.merge', { ideaId: duplicate.id, intoIdeaId: target.id })
    expect(merged.supporters).toBe(8)
    expect(merged.themes.sort()).toEqual(['leefbaarheid', 'sociale-samenhang'])
    expect(merged.initiators).toHaveLength(2)
    expect(merged.history.at(-1)?.note).toContain('Samengevoegd met "Zitplek bij de speeltuin"')
    const gone = await t.call('idea.get', { ideaId: duplicate.id })
    expect(gone.idea).toMatchObject({ status: 'samengevoegd', mergedIntoId: target.id })
    expect(gone.idea.history.map((h) => h.status)).toEqual(['opgehaald', 'samengevoegd'])
    expect(gone.mergedInto).toEqual({ id: target.id, title: 'Bankje bij het speelveld' })
    expect((await t.call('idea.get', { ideaId: target.id })).mergedFrom).toEqual([
      { id: duplicate.id, title: 'Zitplek bij de speeltuin' },
    ])
    expect(await t.raw('idea.merge', { ideaId: target.id, intoIdeaId: duplicate.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await t.raw('idea.setStatus', { ideaId: duplicate.id, status: 'opgehaald' })).toMatchObject({
      ok: false,
    })
  })

  it('refuses an unknown theme and a street of another programme', async () => {
    expect(await t.raw('idea.create', { programmeId, title: 'x', themes: ['bestaat-niet'] })).toMatchObject({
      ok: false,
      error: { field: 'themes' },
    })
    const other = (
      await t.call('programme.create', { name: 'Ander', gemeente: 'Elburg', period: { start: '2026-01-01' } })
    ).id
    const otherStreet = (await t.call('street.create', { programmeId: other, name: 'Vischmarkt' })).id
    expect(await t.raw('idea.create', { programmeId, title: 'x', streetId: otherStreet })).toMatchObject({
      ok: false,
      error: { field: 'streetId' },
    })
  })
})

describe('partners, waiting times, feedback and actions', () => {
  it('shows per partner the ideas they own and how long each waits for an answer', async () => {
    const t0 = await startTestRuntime({ now: new Date('2026-11-28T09:00:00Z') })
    try {
      const p = (
        await t0.call('programme.create', { name: 'P', gemeente: 'G', period: { start: '2026-01-01' } })
      ).id
      const partner = (
        await t0.call('partner.create', {
          programmeId: p,
          name: 'Woonstichting De Veluwe',
          kind: 'woningcorporatie',
        })
      ).id
      const a = (await t0.call('idea.create', { programmeId: p, title: 'Hekje bij de containers' })).id
      await t0.call('idea.setStatus', { ideaId: a, status: 'uitgewerkt' })
      await t0.call('idea.setStatus', {
        ideaId: a,
        status: 'ingebracht',
        partnerIds: [partner],
        ask: 'Plaatsen?',
        date: '2026-11-01',
      })
      const [item] = await t0.call('partner.list', { programmeId: p })
      expect(item?.ideas).toEqual([
        expect.objectContaining({
          title: 'Hekje bij de containers',
          status: 'ingebracht',
          since: '2026-11-01',
          waitingDays: 27,
          ask: 'Plaatsen?',
        }),
      ])
      await t0.call('idea.recordPartnerAnswer', {
        ideaId: a,
        partnerId: partner,
        date: '2026-11-11',
        note: 'Ze doen het in januari.',
      })
      const [after] = await t0.call('partner.list', { programmeId: p })
      expect(after?.ideas[0]).toMatchObject({ answeredAt: '2026-11-11', waitingDays: 10 })
    } finally {
      await t0.dispose()
    }
  })

  it('lists ideas whose residents have not heard about a status change until feedback is recorded', async () => {
    const { id } = await idea()
    expect((await t.call('idea.list', { programmeId }))[0]?.feedbackDue).toBe(false)
    await t.call('idea.setStatus', { ideaId: id, status: 'uitgewerkt' })
    expect((await t.call('idea.list', { programmeId }))[0]?.feedbackDue).toBe(true)
    await t.call('idea.addFeedback', {
      ideaId: id,
      channel: 'aan-de-deur',
      note: 'Verteld dat we het uitwerken.',
    })
    const [item] = await t.call('idea.list', { programmeId })
    expect(item?.feedbackDue).toBe(false)
    expect(item?.idea.feedback).toEqual([
      {
        date: '2026-11-28',
        channel: 'aan-de-deur',
        note: 'Verteld dat we het uitwerken.',
        statusAtFeedback: 'uitgewerkt',
      },
    ])
  })

  it('keeps follow-up steps with owner and due date, and flags overdue ones', async () => {
    const member = (await t.call('team.create', { programmeId, name: 'Sanne de Vries', role: 'Buurtcoach' }))
      .id
    const { id } = await idea()
    await t.call('action.create', {
      programmeId,
      title: 'Offerte bankje opvragen',
      ownerTeamMemberId: member,
      due: '2026-11-20',
      ideaId: id,
    })
    const later = await t.call('action.create', {
      programmeId,
      title: 'Bewoners uitnodigen',
      ownerPartnerId: partnerId,
      due: '2026-12-10',
    })
    const list = await t.call('action.list', { programmeId })
    expect(list.map((a) => [a.action.title, a.overdue, a.ownerName])).toEqual([
      ['Offerte bankje opvragen', true, 'Sanne de Vries'],
      ['Bewoners uitnodigen', false, 'Sociaal Team Oldebroek'],
    ])
    await t.call('action.update', { actionId: later.id, done: true })
    expect(await t.call('action.list', { programmeId, openOnly: true })).toHaveLength(1)
    expect(
      await t.raw('action.create', {
        programmeId,
        title: 'x',
        ownerTeamMemberId: member,
        ownerPartnerId: partnerId,
      }),
    ).toMatchObject({ ok: false })
    expect((await t.call('idea.get', { ideaId: id })).actions).toHaveLength(1)
  })
})

describe('the dates the coach gives', () => {
  it('keeps the given date of a status change, an answer and feedback apart from the moment of recording', async () => {
    const { id } = await idea('Bankje bij het speelveld', { collectedOn: '2026-09-02' })
    await t.call('idea.setStatus', { ideaId: id, status: 'uitgewerkt', date: '2026-09-20' })
    await t.call('idea.setStatus', {
      ideaId: id,
      status: 'ingebracht',
      partnerIds: [partnerId],
      date: '2026-10-01',
    })
    await t.call('idea.recordPartnerAnswer', { ideaId: id, partnerId, date: '2026-10-12' })
    await t.call('idea.addFeedback', { ideaId: id, channel: 'brief', date: '2026-10-14' })
    const done = await t.call('idea.setStatus', { ideaId: id, status: 'in-uitvoering' })
    expect(done.history.map((step) => [step.status, step.date])).toEqual([
      ['opgehaald', '2026-09-02'],
      ['uitgewerkt', '2026-09-20'],
      ['ingebracht', '2026-10-01'],
      ['ingebracht', '2026-10-12'],
      ['ingebracht', '2026-10-14'],
      // Without a date: the coach's today.
      ['in-uitvoering', '2026-11-28'],
    ])
    // Recorded today (the test clock), whatever day the coach gave.
    expect(new Set(done.history.map((step) => step.at))).toEqual(new Set(['2026-11-28T09:00:00.000Z']))
    expect(done.owners[0]).toMatchObject({ since: '2026-10-01', answeredAt: '2026-10-12' })
  })

  it('moves the collection step along when the collection date is corrected', async () => {
    const { id } = await idea('Bankje bij het speelveld', { collectedOn: '2026-09-02' })
    const changed = await t.call('idea.update', { ideaId: id, collectedOn: '2026-08-30' })
    expect(changed.history[0]).toMatchObject({ status: 'opgehaald', date: '2026-08-30' })
  })

  it('refuses a date in the future and changes nothing', async () => {
    const { id } = await idea()
    expect(
      await t.raw('idea.setStatus', { ideaId: id, status: 'uitgewerkt', date: '2026-12-01' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'date' },
    })
    expect((await t.call('idea.get', { ideaId: id })).idea.history).toHaveLength(1)
  })

  it('keeps the day a follow-up was done, given or today, and refuses a day in the future', async () => {
    const action = await t.call('action.create', { programmeId, title: 'Offerte bankje opvragen' })
    const today = await t.call('action.update', { actionId: action.id, done: true })
    expect(today).toMatchObject({ done: true, doneOn: '2026-11-28', doneAt: '2026-11-28T09:00:00.000Z' })
    const earlier = await t.call('action.update', { actionId: action.id, doneOn: '2026-11-20' })
    expect(earlier.doneOn).toBe('2026-11-20')
    expect(await t.raw('action.update', { actionId: action.id, doneOn: '2026-12-20' })).toMatchObject({
      ok: false,
      error: { field: 'doneOn', message: expect.stringContaining('Gedaan op') },
    })
    const reopened = await t.call('action.update', { actionId: action.id, done: false })
    expect(reopened.doneOn).toBeUndefined()
    expect(reopened.doneAt).toBeUndefined()
  })
})

describe('idea list and export', () => {
  it('filters by search, theme, status and partner', async () => {
    await idea('Bankje bij het speelveld')
    await idea('Jeu-de-boulesbaan', { themes: ['sociale-samenhang'] })
    const c = await idea('Café voor ouderen', { themes: ['zorg-en-welzijn'] })
    await t.call('idea.setStatus', { ideaId: c.id, status: 'uitgewerkt' })
    await t.call('idea.setStatus', { ideaId: c.id, status: 'ingebracht', partnerIds: [partnerId] })
    const titles = async (filter: Record<string, unknown>) =>
      (await t.call('idea.list', { programmeId, ...filter })).map((i) => i.idea.title).sort()
    expect(await titles({ search: 'cafe' })).toEqual(['Café voor ouderen'])
    expect(await titles({ search: 'zwaluw bankje' })).toEqual(['Bankje bij het speelveld'])
    expect(await titles({ themes: ['sociale-samenhang'] })).toEqual(['Jeu-de-boulesbaan'])
    expect(await titles({ statuses: ['ingebracht'] })).toEqual(['Café voor ouderen'])
    expect(await titles({ partnerIds: [partnerId] })).toEqual(['Café voor ouderen'])
  })

  it('exports the filtered list to Excel with the right columns and neutralised formulas', async () => {
    await idea('=HYPERLINK("http://evil.example")', { description: '+31 6 1234 5678 @home' })
    await idea('Bankje bij het speelveld', { initiators: [{ pseudonym: 'Bewoner', name: 'Gerda Jansen' }] })
    const file = await t.call('idea.export', { programmeId, format: 'xlsx' })
    expect(file.fileName).toMatch(/^Ideeën Samen in de Straat 2026-11-28\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Ideeën')
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Titel',
      'Omschrijving',
      'Straat',
      "Thema's",
      'Status',
      'Partners',
      'Ingebracht op',
      'Wachttijd (dagen)',
      'Bewoners die het steunen',
      'Opgehaald op',
      'Soort',
      'Wat is nodig',
      'Laatst teruggekoppeld',
      'Terugkoppeling nodig',
    ])
    const cells = [2, 3].map((row) => sheet?.getRow(row).getCell(1).value)
    expect(cells).toContain('\'=HYPERLINK("http://evil.example")')
    expect(JSON.stringify(sheet?.getSheetValues())).not.toContain('Gerda')
    expect(sheet?.getRow(2).getCell(3).value).toBe('Zwaluwstraat')
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(sheet?.getRow(2).getCell(2).alignment?.wrapText).toBe(true)
    expect(sheet?.autoFilter).toBeTruthy()
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(workbook.title).toMatch(/^Ideeën — /)
  })

  it('exports CSV for Dutch Excel: BOM, semicolons, neutralised cells', async () => {
    await idea('-1+1', { description: 'gewoon' })
    const file = await t.call('idea.export', { programmeId, format: 'csv', statuses: ['opgehaald'] })
    const text = Buffer.from(file.base64, 'base64').toString('utf8')
    expect(text.startsWith('\uFEFFTitel;Omschrijving;Straat;')).toBe(true)
    expect(text).toContain("'-1+1;gewoon;Zwaluwstraat;Leefbaarheid;Opgehaald")
  })
})

describe('the next step on an idea card', () => {
  it('shows the open step due first, with its owner, and none when all steps are done', async () => {
    const member = (await t.call('team.create', { programmeId, name: 'Sanne de Vries' })).id
    const { id } = await idea()
    const undated = await t.call('action.create', { programmeId, title: 'Foto maken', ideaId: id })
    expect((await t.call('idea.list', { programmeId }))[0]?.nextAction).toEqual({
      actionId: undated.id,
      title: 'Foto maken',
    })
    const soon = await t.call('action.create', {
      programmeId,
      title: 'Offerte opvragen',
      ownerPartnerId: partnerId,
      due: '2026-12-03',
      ideaId: id,
    })
    await t.call('action.create', {
      programmeId,
      title: 'Bewoners uitnodigen',
      ownerTeamMemberId: member,
      due: '2026-12-20',
      ideaId: id,
    })
    expect((await t.call('idea.list', { programmeId }))[0]?.nextAction).toEqual({
      actionId: soon.id,
      title: 'Offerte opvragen',
      due: '2026-12-03',
      ownerName: 'Sociaal Team Oldebroek',
    })
    await t.call('action.update', { actionId: soon.id, done: true })
    expect((await t.call('idea.list', { programmeId }))[0]?.nextAction).toMatchObject({
      title: 'Bewoners uitnodigen',
      ownerName: 'Sanne de Vries',
    })
    const all = await t.call('action.list', { programmeId, openOnly: true })
    for (const open of all) await t.call('action.update', { actionId: open.action.id, done: true })
    expect((await t.call('idea.list', { programmeId }))[0]?.nextAction).toBeUndefined()
  })
})
