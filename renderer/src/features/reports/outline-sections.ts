import { type ReportOutline } from '../../../../shared/api/contract'

/** A chapter of the preview with its sections. */
export interface OutlineChapter {
  text: string
  sections: string[]
}

/** The outline's headings as chapters (level 1) with their sections (level 2); deeper levels are left out. */
export function outlineChapters(headings: ReportOutline['headings']): OutlineChapter[] {
  const chapters: OutlineChapter[] = []
  for (const heading of headings) {
    if (heading.level === 1) chapters.push({ text: heading.text, sections: [] })
    else if (heading.level === 2) {
      const current = chapters[chapters.length - 1]
      if (current) current.sections.push(heading.text)
      else chapters.push({ text: heading.text, sections: [] })
    }
  }
  return chapters
}
