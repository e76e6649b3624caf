import { randomBytes } from 'node:crypto'
import { FileChild } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

const DOCUMENT_PART = 'word/document.xml'

/** An empty element that marks where a block of raw WordprocessingML goes. */
class RawSlot extends FileChild {
  constructor(tag: string) {
    super(tag)
  }
}

/**
 * Block-level WordprocessingML (tables) written as text and placed into a docx `Document`.
 *
 * docx builds an object per element and then a second tree to print it: for a report with thousands
 * of table rows that took seconds and hundreds of MB. Tables are therefore written as XML text, put in
 * the document as empty slot elements, and the slots are filled in the packed file.
 */
export class RawXmlBlocks {
  private readonly blocks: string[] = []
  /** A random tag, so no text in the report can ever look like a slot. */
  private readonly tag = `kc-raw-${randomBytes(6).toString('hex')}`

  /** A body element that stands in for `xml` until {@link fill}. */
  slot(xml: string): FileChild {
    const index = this.blocks.push(xml) - 1
    return new RawSlot(`${this.tag}-${index}`)
  }

  /** The packed .docx with every slot replaced by its XML. Throws when a slot is missing. */
  fill(docx: Uint8Array): Uint8Array {
    if (this.blocks.length === 0) return docx
    const files = unzipSync(docx)
    const part = files[DOCUMENT_PART]
    if (!part) throw new Error(`${DOCUMENT_PART} ontbreekt in het gemaakte document`)
    let filled = 0
    const pattern = new RegExp(`<${this.tag}-(\\d+)/>`, 'g')
    const xml = strFromU8(part).replace(pattern, (_slot, index: string) => {
      filled += 1
      return this.blocks[Number(index)] ?? ''
    })
    if (filled !== this.blocks.length)
      throw new Error(`${this.blocks.length - filled} tabel(len) niet in het document geplaatst`)
    files[DOCUMENT_PART] = strToU8(xml)
    return zipSync(files)
  }
}
