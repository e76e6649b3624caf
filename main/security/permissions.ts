/**
 * Permission handling for the app's session. The app needs no camera, microphone, location,
 * notifications, MIDI, USB, serial or HID access, so every request and every check is refused unless
 * the permission is explicitly listed in `allowed` (empty by default).
 */

/** Electron's request handler shape, reduced to what the decision needs. */
export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void

/** Electron's check handler shape, reduced to what the decision needs. */
export type PermissionCheckHandler = (webContents: unknown, permission: string) => boolean

/** A handler for `session.setPermissionRequestHandler` that grants only permissions in `allowed`. */
export function createPermissionRequestHandler(allowed: readonly string[] = []): PermissionRequestHandler {
  return (_webContents, permission, callback) => callback(allowed.includes(permission))
}

/** A handler for `session.setPermissionCheckHandler` that answers yes only for `allowed`. */
export function createPermissionCheckHandler(allowed: readonly string[] = []): PermissionCheckHandler {
  return (_webContents, permission) => allowed.includes(permission)
}

/** A handler for `session.setDevicePermissionHandler`: no USB, serial or HID devices, ever. */
export function denyDevicePermission(): boolean {
  return false
}
