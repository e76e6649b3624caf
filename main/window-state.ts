import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'

/** The window's size and position as remembered between runs (`window-state.json` in userData). */
export const windowStateSchema = z.object({
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  maximized: z.boolean().optional(),
})
export type WindowState = z.infer<typeof windowStateSchema>

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

/** File name of the remembered window state inside the data folder. */
export const WINDOW_STATE_FILE = 'window-state.json'

/** Parses the file's text; anything damaged, foreign or out of range gives undefined (use defaults). */
export function parseWindowState(text: string): WindowState | undefined {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = windowStateSchema.safeParse(raw)
  return parsed.success ? parsed.data : undefined
}

/** The state to remember for a window with these normal (not maximised) bounds. */
export function captureWindowState(normalBounds: Bounds, maximized: boolean): WindowState {
  return {
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    maximized,
  }
}

/** How much of the window's top edge must lie on a screen for the coach to grab and move it. */
const GRAB_HEIGHT = 40
const GRAB_WIDTH = 100

/**
 * Makes a remembered state safe for the screens attached now: the size is shrunk to fit the largest
 * work area, and a position whose title bar would be off every screen (a monitor that was unplugged)
 * is dropped so the window opens centred.
 */
export function fitWindowState(state: WindowState, workAreas: readonly Bounds[]): WindowState {
  if (workAreas.length === 0) return state
  const maxWidth = Math.max(...workAreas.map((area) => area.width))
  const maxHeight = Math.max(...workAreas.map((area) => area.height))
  const fitted: WindowState = {
    ...state,
    width: Math.min(state.width, maxWidth),
    height: Math.min(state.height, maxHeight),
  }
  if (state.x === undefined || state.y === undefined) {
    delete fitted.x
    delete fitted.y
    return fitted
  }
  const titleBar: Bounds = { x: state.x, y: state.y, width: fitted.width, height: GRAB_HEIGHT }
  const grabbable = workAreas.some((area) => {
    const overlap = intersection(titleBar, area)
    return (
      overlap !== undefined &&
      overlap.width >= Math.min(GRAB_WIDTH, fitted.width) &&
      overlap.height >= GRAB_HEIGHT / 2
    )
  })
  if (!grabbable) {
    delete fitted.x
    delete fitted.y
  }
  return fitted
}

function intersection(a: Bounds, b: Bounds): Bounds | undefined {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const right = Math.min(a.x + a.width, b.x + b.width)
  const bottom = Math.min(a.y + a.height, b.y + b.height)
  if (right <= x || bottom <= y) return undefined
  return { x, y, width: right - x, height: bottom - y }
}

/** Reads the remembered state; a missing or damaged file simply means "use the defaults". */
export function readWindowState(filePath: string): WindowState | undefined {
  try {
    return parseWindowState(readFileSync(filePath, 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * Remembers the state (temp file, then rename, so a crash never leaves half a file). Losing it is
 * harmless, so a failure is reported to the caller as `false` rather than thrown.
 */
export function writeWindowState(filePath: string, state: WindowState): boolean {
  const temp = `${filePath}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(filePath), { recursive: true })
    writeFileSync(temp, `${JSON.stringify(state)}\n`, { encoding: 'utf8', mode: 0o600 })
    renameSync(temp, filePath)
    return true
  } catch {
    return false
  }
}
