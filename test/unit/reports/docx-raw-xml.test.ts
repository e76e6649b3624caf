import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { RawXmlBlocks } from '../../../main/reports/docx-raw-xml'
import { factsXml, tableXml } from '../../../main/reports/docx-table'
import { escapeXml, paragraphXml, runsXml } from '../../../main/reports/docx-xml-text'
import { reportTheme } from '../../../main/reports/report-theme'
import { readZipText } from '../../support/read-zip'

async function pack(children: (raw: RawXmlBlocks) => Array<Paragraph | ReturnType<RawXmlBlocks['slot']>>) {
  const raw = new RawXmlBlocks()
  const document = new Document({ sections: [{ children: children(raw) }] })
  const buffer = await Packer.toBuffer(document)
  return readZipText(raw.fill(new Uint8Array(buffer))).get('word/document.xml') ?? ''
}

describe('raw WordprocessingML blocks', () => {
  it('puts each block where its slot stands, in order, and leaves no slot behind', async () => {
    const xml = await pack((raw) => [
      new Paragraph('voor'),
      raw.slot('<w:p><w:r><w:t>eerste</w:t></w:r></w:p>'),
      new Paragraph('midden'),
      raw.slot('<w:p><w:r><w:t>tweede $&amp; $1</w:t></w:r></w:p>'),
    ])
    const order = ['voor', 'eerste', 'midden', 'tweede $&amp; $1'].map((text) => xml.indexOf(text))
    expect(order.every((position) => position >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(xml).not.toMatch(/kc-raw-/)
  })

  it('refuses a document in which a slot went missing', async () => {
    const raw = new RawXmlBlocks()
    raw.slot('<w:p/>')
    const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }))
    expect(() => raw.fill(new Uint8Array(buffer))).toThrow(/niet in het document geplaatst/)
  })

  it('returns the document unchanged when there are no blocks', () => {
    const bytes = new Uint8Array([1, 2, 3])
    expect(new RawXmlBlocks().fill(bytes)).toBe(bytes)
  })
})

describe('table XML', () => {
  const theme = reportTheme('#1b6b5f')

  it('escapes text and drops characters XML cannot hold', () => {
    expect(escapeXml('a & b < c > "d"\u0001')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;')
    expect(runsXml('één\ntwee', { bold: true })).toBe(
      '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">één</w:t></w:r>' +
        '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:br/><w:t xml:space="preserve">twee</w:t></w:r>',
    )
    expect(paragraphXml({ style: 'S', keepNext: true, alignment: 'right' }, '')).toBe(
      '<w:p><w:pPr><w:pStyle w:val="S"/><w:keepNext/><w:jc w:val="right"/></w:pPr></w:p>',
    )
  })

  it('writes a repeating header, rows that do not split, zebra rows, a bold total and the grid', () => {
    const xml = tableXml(
      {
        type: 'table',
        columns: [
          { header: 'Straat', width: 3 },
          { header: 'Ideeën', width: 1, align: 'right' },
        ],
        rows: [
          ['Dorpsstraat', '3'],
          ['Kerkstraat', '2'],
          [{ text: 'Totaal', strong: true }, '5'],
        ],
        totalRow: true,
      },
      theme,
      9000,
    )
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1)
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(4)
    expect(xml.match(/<w:gridCol w:w="\d+"\/>/g)).toHaveLength(2)
    expect(xml).toContain('<w:shd w:fill="F6F7F7" w:color="auto" w:val="clear"/>')
    expect(xml).toContain(`<w:shd w:fill="${theme.tint}" w:color="auto" w:val="clear"/>`)
    expect(xml).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">5<\/w:t>/)
    // Short tables stay on one page: every row but the last is kept with the next.
    expect(xml.match(/<w:keepNext\/>/g)).toHaveLength(2 * 2)
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000)
  })

  it('writes tick boxes and room to write in on a walk list', () => {
    const xml = tableXml(
      {
        type: 'table',
        columns: [
          { header: 'Nr.', width: 1 },
          { header: 'Gesprek', width: 1, align: 'center' },
        ],
        rows: [['3', { box: true }]],
        writeIn: 'line',
      },
      theme,
      6000,
    )
    expect(xml).toContain('<w:trHeight w:val="520" w:hRule="atLeast"/>')
    expect(xml).toContain('w:ascii="Segoe UI Symbol"')
    expect(xml).toContain('\u2610')
  })

  it('writes facts as label and value, the label on a tint', () => {
    const xml = factsXml({ type: 'facts', items: [{ label: 'Status', value: 'Gerealiseerd' }] }, theme, 9000)
    expect(xml).not.toContain('<w:tblHeader/>')
    expect(xml).toContain(`<w:color w:val="${theme.muted}"/>`)
    expect(xml).toContain('Gerealiseerd')
  })
})
