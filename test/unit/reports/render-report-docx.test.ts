import { describe, expect, it } from 'vitest'
import { reportKinds } from '../../../shared/model'
import { buildReport, type ReportModel } from '../../../shared/reports'
import { columnWidths, fitColumnWidths } from '../../../main/reports/docx-table'
import { readLogo } from '../../../main/reports/logo-image'
import { renderReportDocx } from '../../../main/reports/render-report-docx'
import { reportTheme } from '../../../main/reports/report-theme'
import { readZipText } from '../../support/read-zip'
import { xmlAllows } from '../../support/xml-chars'
import { demoSource } from './demo-source'

const d = demoSource()
const first = <T>(list: readonly T[]): T => {
  const item = list[0]
  if (item === undefined) throw new Error('lege lijst')
  return item
}
const subjects = {
  partnerId: first(d.demo.partners).id,
  ideaId: first(d.demo.ideas).id,
  sessionId: first(d.demo.sessions).id,
  streetId: first(d.demo.streets).id,
}
const model = (kind: ReportModel['kind']): ReportModel => buildReport(d.source, d.request(kind, subjects))

/** A 2 × 1 pixel PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYGD4z8DAwMAAAA0AAf+bJqsAAAAASUVORK5CYII='

describe('Word rendering', () => {
  it('writes a real TOC field, Heading 1–3 styles with outline levels, and Pagina X van Y', async () => {
    const files = readZipText(await renderReportDocx(model('gemeente'), { accentColour: '#1b6b5f' }))
    const document = files.get('word/document.xml') ?? ''
    const styles = files.get('word/styles.xml') ?? ''
    expect(document).toMatch(/TOC \\h \\o &quot;1-2&quot;/)
    // The page numbers are in the document when it opens: the field is written clean, so Word neither
    // asks to update fields nor shows an empty contents; each entry links to its heading's bookmark.
    expect(document).not.toContain('w:dirty')
    expect(files.get('word/settings.xml') ?? '').not.toContain('updateFields')
    const entries = [
      ...document.matchAll(
        /PAGEREF (_Toc\d+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g,
      ),
    ]
    const headings = model('gemeente').blocks.filter((block) => block.type === 'heading' && block.level <= 2)
    expect(entries).toHaveLength(headings.length)
    const pages = entries.map((entry) => Number(entry[2]))
    expect(pages[0]).toBe(3)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
    for (const [, bookmark] of entries) expect(document).toContain(`<w:bookmarkStart w:name="${bookmark}"`)
    expect(document).toContain('<w:pStyle w:val="Heading1"/>')
    expect(document).toContain('<w:pStyle w:val="Heading2"/>')
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s)
    const footer = [...files.entries()]
      .filter(([name]) => name.startsWith('word/footer'))
      .map(([, xml]) => xml)
      .join('')
    expect(footer).toContain('Pagina ')
    expect(footer).toMatch(/PAGE/)
    expect(footer).toMatch(/NUMPAGES/)
  })

  it('gives tables a repeating header row, fixed layout and widths in DXA on grid and cells', async () => {
    const document = readZipText(await renderReportDocx(model('gemeente'))).get('word/document.xml') ?? ''
    expect(document).toContain('<w:tblHeader/>')
    expect(document).toContain('<w:tblLayout w:type="fixed"/>')
    expect(document).toMatch(/<w:gridCol w:w="\d+"\/>/)
    expect(document).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/)
    expect(document).not.toMatch(/<w:tcW w:type="(auto|pct)"/)
  })

  it('draws native Word charts with alt text, and alt text on the logo', async () => {
    const files = readZipText(await renderReportDocx(model('gemeente'), { logoBase64: PNG }))
    const charts = [...files.keys()].filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))
    expect(charts.length).toBeGreaterThanOrEqual(4)
    const document = files.get('word/document.xml') ?? ''
    const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map(
      (match) => match[1] ?? '',
    )
    expect(descriptions.length).toBe(charts.length + 1)
    expect(descriptions.every((text) => text.length > 10)).toBe(true)
    expect(descriptions).toContain('Logo van Stichting Voor Mekaar')
    expect([...files.keys()].some((name) => name.startsWith('word/media/'))).toBe(true)
  })

  it.each(reportKinds)('renders the %s report to a document with only XML-safe characters', async (kind) => {
    const files = readZipText(await renderReportDocx(model(kind)))
    for (const [name, xml] of files) {
      if (name.endsWith('.xml')) expect(xmlAllows(xml), name).toBe(true)
    }
  })

  it('prints a walk list on landscape pages', async () => {
    const document = readZipText(await renderReportDocx(model('looplijst'))).get('word/document.xml') ?? ''
    expect(document).toMatch(/<w:pgSz [^>]*w:orient="landscape"/)
    expect(document).toContain('\u2610')
  })

  it('splits column widths exactly and never narrower than the longest word allows', () => {
    expect(columnWidths([1, 1, 1], 1000)).toEqual([333, 333, 334])
    const widths = fitColumnWidths([40, 10, 50], [100, 2000, 100], 9638)
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9638)
    expect(widths[1]).toBeGreaterThanOrEqual(2000)
    // Minimums that together ask for more than the table has: shrunk alike, never below a floor.
    const crowded = fitColumnWidths([25, 25, 25, 25], [6000, 6000, 6000, 900], 9638)
    expect(crowded.reduce((a, b) => a + b, 0)).toBe(9638)
    expect(Math.min(...crowded)).toBeGreaterThanOrEqual(500)
  })

  it('reads PNG logos and ignores anything else', () => {
    expect(readLogo(PNG)).toMatchObject({ type: 'png', width: 2, height: 1 })
    expect(readLogo(`data:image/png;base64,${PNG}`)).toMatchObject({ type: 'png' })
    expect(readLogo('bm90IGFuIGltYWdl')).toBeUndefined()
    expect(readLogo('%%%')).toBeUndefined()
  })

  it('uses white text on dark accents and dark text on light ones', () => {
    expect(reportTheme('#1b6b5f')).toMatchObject({ accent: '1B6B5F', onAccent: 'FFFFFF' })
    expect(reportTheme('#ffe066').onAccent).toBe('1A1A1A')
    expect(reportTheme('rood').accent).toBe('1B6B5F')
  })
})
