import { TextRun } from 'docx'

/** Text runs for text that may hold line breaks: one run per line, with a break before each next line. */
export function textRuns(
  text: string,
  options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i === 0 ? undefined : 1, ...options }))
}
