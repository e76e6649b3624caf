/**
 * WordprocessingML text written directly as XML, for the parts of a report that are too large to go
 * through docx's object tree quickly (see docx-raw-xml.ts). The output matches what docx writes for
 * the same paragraphs and runs.
 */

/** How a run of text is formatted. */
export interface RunFormat {
  bold?: boolean
  /** RRGGBB */
  color?: string
  /** Half-points. */
  size?: number
  font?: string
}

/** How a paragraph is formatted. */
export interface ParagraphFormat {
  style: string
  keepNext?: boolean
  alignment?: 'left' | 'right' | 'center'
  /** An exact line height (DXA) of its own, for a line that is taller than the style's. */
  line?: number
}

// eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these control characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text or an attribute value escaped for XML; characters XML cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char)
}

function runPropertiesXml(format: RunFormat): string {
  const font = format.font === undefined ? '' : escapeXml(format.font)
  const parts = [
    font === '' ? '' : `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`,
    format.bold ? '<w:b/><w:bCs/>' : '',
    format.color === undefined ? '' : `<w:color w:val="${escapeXml(format.color)}"/>`,
    format.size === undefined ? '' : `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`,
  ].join('')
  return parts === '' ? '' : `<w:rPr>${parts}</w:rPr>`
}

/** Runs for text that may hold line breaks: one run per line, with a break before each next line. */
export function runsXml(text: string, format: RunFormat = {}): string {
  const properties = runPropertiesXml(format)
  return text
    .split('\n')
    .map(
      (line, i) =>
        `<w:r>${properties}${i === 0 ? '' : '<w:br/>'}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('')
}

/** A paragraph in a named style; left alignment and "not kept with next" are the defaults and not written. */
export function paragraphXml(format: ParagraphFormat, runs: string): string {
  const keepNext = format.keepNext ? '<w:keepNext/>' : ''
  const spacing = format.line === undefined ? '' : `<w:spacing w:line="${format.line}" w:lineRule="exact"/>`
  const alignment =
    format.alignment === undefined || format.alignment === 'left' ? '' : `<w:jc w:val="${format.alignment}"/>`
  return `<w:p><w:pPr><w:pStyle w:val="${escapeXml(format.style)}"/>${keepNext}${spacing}${alignment}</w:pPr>${runs}</w:p>`
}
