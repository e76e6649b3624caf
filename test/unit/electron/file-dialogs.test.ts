import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeFileName, saveDialogOptions } from '../../../main/file-dialogs'
import { shellTexts } from '../../../main/shell-texts'

describe('safeFileName', () => {
  it('keeps ordinary names', () => {
    expect(safeFileName('Voortgangsrapportage Oldebroek 2026-11-28.docx')).toBe(
      'Voortgangsrapportage Oldebroek 2026-11-28.docx',
    )
  })

  it('removes folders, Windows-forbidden characters and leading or trailing dots and spaces', () => {
    expect(safeFileName('../x/y\\z.pdf')).toBe('-x-y-z.pdf')
    expect(safeFileName('a:b*c?"d"<e>|f.docx')).toBe('a-b-c--d--e--f.docx')
    expect(safeFileName(' .verborgen.pdf. ')).toBe('verborgen.pdf')
    expect(safeFileName('...')).toBe('bestand')
  })
})

describe('saveDialogOptions', () => {
  it('starts in the folder with the name, filters on the type, and asks before overwriting', () => {
    expect(saveDialogOptions('Dia’s.pdf', 'pdf', '/home/coach/PDF', shellTexts('en'))).toEqual({
      title: 'Save PDF',
      defaultPath: join('/home/coach/PDF', 'Dia’s.pdf'),
      filters: [
        { name: 'PDF document', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
  })

  it('names every type the shell saves, in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const extension of ['docx', 'xlsx', 'csv', 'ics', 'json', 'kcbackup', 'pdf']) {
        const options = saveDialogOptions(`a.${extension}`, 'export', '/x', shellTexts(language))
        expect(options.filters[0]?.name).not.toBe(extension.toUpperCase())
        expect(options.filters[0]?.extensions).toEqual([extension])
      }
    }
  })
})
