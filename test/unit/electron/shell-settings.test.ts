import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createFolderMemory,
  parseShellSettings,
  readShellSettings,
  SHELL_SETTINGS_FILE,
  writeShellSettings,
} from '../../../main/shell-settings'

const absolute = join(tmpdir(), 'Rapporten')

describe('shell settings (the last folder per kind of file)', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kc-shell-settings-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('reads what it wrote', () => {
    const file = join(dir, SHELL_SETTINGS_FILE)
    expect(writeShellSettings(file, { lastFolders: { report: absolute } })).toBe(true)
    expect(readShellSettings(file)).toEqual({ lastFolders: { report: absolute } })
  })

  it('treats a missing, damaged or foreign file as "nothing remembered"', () => {
    expect(readShellSettings(join(dir, 'missing.json'))).toEqual({ lastFolders: {} })
    for (const text of [
      '{',
      'null',
      '[]',
      '{"lastFolders":{"report":"relatief/pad"}}',
      '{"lastFolders":{"report":42}}',
      '{"lastFolders":{"virus":"/tmp"}}',
      `{"lastFolders":{"pdf":${JSON.stringify(`${absolute}\u0000x`)}}}`,
    ]) {
      expect(parseShellSettings(text), text).toEqual({ lastFolders: {} })
    }
    expect(parseShellSettings('{}')).toEqual({ lastFolders: {} })
  })

  it('remembers one folder per kind and keeps the others', () => {
    const file = join(dir, 'sub', SHELL_SETTINGS_FILE)
    const memory = createFolderMemory(file)
    expect(memory.lastFolder('report')).toBeUndefined()
    expect(memory.remember('report', absolute)).toBe(true)
    expect(memory.remember('pdf', join(absolute, 'pdf'))).toBe(true)
    expect(memory.lastFolder('report')).toBe(absolute)
    expect(memory.lastFolder('pdf')).toBe(join(absolute, 'pdf'))
    expect(memory.lastFolder('backup')).toBeUndefined()
    expect(memory.remember('backup', 'relatief')).toBe(false)
    expect(JSON.parse(readFileSync(file, 'utf8')).lastFolders).toEqual({
      report: absolute,
      pdf: join(absolute, 'pdf'),
    })
  })

  it('answers false when the file cannot be written', () => {
    writeFileSync(join(dir, 'a-file'), 'x')
    expect(writeShellSettings(join(dir, 'a-file', SHELL_SETTINGS_FILE), { lastFolders: {} })).toBe(false)
  })
})
