import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderReportDocx } from '../../main/reports/render-report-docx'
import { buildAccessReport, sanitiseReportModel } from '../../shared/reports'
import { convertToPdf, pdfPages, requireTools, squash } from './libreoffice'

let dir: string

beforeAll(async () => {
  requireTools()
  dir = await mkdtemp(join(tmpdir(), 'kc-access-report-'))
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('the access request (inzageverzoek) as a Word document', () => {
  it('opens in LibreOffice and shows the resident’s name, a door note, their role, connection and signal note, and the privacy line', async () => {
    const model = buildAccessReport({
      language: 'nl',
      today: '2026-11-28',
      organisation: 'Welzijn Oldebroek',
      author: 'Sanne',
      programmeName: 'Wezep Voor Elkaar',
      address: {
        street: 'Zwaluwstraat',
        place: 'Wezep',
        houseNumber: '12a',
        postcode: '8091 AB',
        householdNote: 'Woont met twee katten',
        residentName: 'Gerda Jansen',
        phone: '0612345678',
        consentToContact: true,
      },
      contacts: [
        { date: '2026-10-01', outcome: 'gesprek', note: 'Zorgen over de stoep', sessionTitle: '' },
        { date: '2026-09-01', outcome: 'niet-thuis', note: '', sessionTitle: 'Buurtsoep' },
      ],
      ideas: [
        {
          title: 'Bankje bij de vijver',
          description: 'Een bankje om even te zitten.',
          status: 'uitgewerkt',
          collectedOn: '2026-10-01',
          initiators: [{ pseudonym: 'Bewoner Zwaluwstraat', name: 'Gerda Jansen' }],
        },
      ],
      sessions: [{ title: 'Buurtsoep', date: '2026-09-01' }],
      residents: [
        {
          pseudonym: 'Bewoner Zwaluwstraat',
          name: 'Gerda Jansen',
          consentToBeNamed: true,
          roles: [{ role: 'trekker', ideaTitle: 'Bankje bij de vijver', start: '2026-10-05' }],
        },
      ],
      connections: [
        {
          kind: 'burenhulp',
          date: '2026-10-10',
          description: 'Buurman maait het gras',
          running: true,
          checks: [],
        },
      ],
      signals: [
        {
          category: 'geldzorgen',
          date: '2026-10-01',
          consent: 'doorgeven',
          consentHow: 'mondeling',
          consentOn: '2026-10-01',
          route: 'warme-overdracht',
          partnerName: 'Sociaal Team Wezep',
          handoverDate: '2026-10-02',
          contactPerson: 'Miriam Hulst',
          status: 'overgedragen',
          history: [
            { status: 'open', on: '2026-10-01' },
            { status: 'overgedragen', on: '2026-10-02' },
          ],
          note: 'Brieven van de energieleverancier',
        },
      ],
    })
    const file = join(dir, model.fileName)
    await writeFile(file, await renderReportDocx(sanitiseReportModel(model)))
    const pdf = (await convertToPdf([file], dir)).get(file) ?? ''
    const text = squash((pdfPages(pdf) ?? []).join(' '))
    for (const expected of [
      'Inzageverzoek',
      'Dit document bevat persoonsgegevens',
      'Gerda Jansen',
      '0612345678',
      'Zorgen over de stoep',
      'Bankje bij de vijver',
      'Buurtsoep',
      'Actieve bewoner',
      'Trekker',
      'Buurman maait het gras',
      'Geldzorgen',
      'Sociaal Team Wezep',
      'Miriam Hulst',
      'Brieven van de energieleverancier',
    ])
      expect(text).toContain(expected)
  })
})
