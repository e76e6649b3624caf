import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  captureWindowState,
  fitWindowState,
  parseWindowState,
  readWindowState,
  writeWindowState,
} from '../../../main/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 860 }
const secondScreen = { x: 1440, y: 0, width: 1920, height: 1050 }

describe('parseWindowState', () => {
  it('reads a valid state', () => {
    expect(parseWindowState('{"width":1300,"height":850,"x":10,"y":20,"maximized":true}')).toEqual({
      width: 1300,
      height: 850,
      x: 10,
      y: 20,
      maximized: true,
    })
  })

  it('gives undefined for damaged, foreign or absurd content', () => {
    for (const text of [
      '',
      '{',
      'null',
      '[]',
      '"x"',
      '{"width":"wide","height":800}',
      '{"width":1e9,"height":800}',
      '{"width":1300.5,"height":800}',
      '{"height":800}',
    ]) {
      expect(parseWindowState(text)).toBeUndefined()
    }
  })

  it('ignores unknown keys, including __proto__', () => {
    const state = parseWindowState('{"width":1300,"height":850,"__proto__":{"polluted":true},"extra":1}')
    expect(state).toEqual({ width: 1300, height: 850 })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('captureWindowState', () => {
  it('rounds the normal bounds and records maximised', () => {
    expect(captureWindowState({ x: 10.4, y: 20.6, width: 1280.2, height: 820.7 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1280,
      height: 821,
      maximized: true,
    })
  })
})

describe('fitWindowState', () => {
  it('keeps a state that fits', () => {
    const state = { width: 1280, height: 820, x: 50, y: 20 }
    expect(fitWindowState(state, [laptop])).toEqual(state)
  })

  it('keeps a position on a second screen while it is attached', () => {
    const state = { width: 1600, height: 1000, x: 1600, y: 10 }
    expect(fitWindowState(state, [laptop, secondScreen])).toEqual(state)
  })

  it('drops a position whose screen was unplugged, so the window opens centred', () => {
    expect(fitWindowState({ width: 1600, height: 1000, x: 1600, y: 10 }, [laptop])).toEqual({
      width: 1440,
      height: 860,
    })
  })

  it('drops a position with the title bar above the screen', () => {
    expect(fitWindowState({ width: 1000, height: 700, x: 100, y: -500 }, [laptop])).toEqual({
      width: 1000,
      height: 700,
    })
  })

  it('shrinks a window larger than every screen', () => {
    expect(fitWindowState({ width: 4000, height: 3000 }, [laptop, secondScreen])).toEqual({
      width: 1920,
      height: 1050,
    })
  })

  it('leaves the state alone when no screen is known', () => {
    expect(fitWindowState({ width: 4000, height: 3000, x: 9000, y: 9000 }, [])).toEqual({
      width: 4000,
      height: 3000,
      x: 9000,
      y: 9000,
    })
  })
})

describe('readWindowState / writeWindowState', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })

  it('round-trips through the file and leaves no temp file', () => {
    dir = mkdtempSync(join(tmpdir(), 'kc-window-'))
    const file = join(dir, 'nested', 'window-state.json')
    expect(readWindowState(file)).toBeUndefined()
    expect(writeWindowState(file, { width: 1300, height: 850, x: 1, y: 2, maximized: false })).toBe(true)
    expect(readWindowState(file)).toEqual({ width: 1300, height: 850, x: 1, y: 2, maximized: false })
    expect(readdirSync(join(dir, 'nested'))).toEqual(['window-state.json'])
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ width: 1300 })
  })

  it('treats a damaged file as absent', () => {
    dir = mkdtempSync(join(tmpdir(), 'kc-window-'))
    const file = join(dir, 'window-state.json')
    writeFileSync(file, '\u0000\u0000')
    expect(readWindowState(file)).toBeUndefined()
  })

  it('reports a failed write instead of throwing', () => {
    dir = mkdtempSync(join(tmpdir(), 'kc-window-'))
    const blocker = join(dir, 'file')
    writeFileSync(blocker, 'x')
    expect(writeWindowState(join(blocker, 'window-state.json'), { width: 1300, height: 850 })).toBe(false)
  })
})
