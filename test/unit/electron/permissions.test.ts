import { describe, expect, it, vi } from 'vitest'
import {
  createPermissionCheckHandler,
  createPermissionRequestHandler,
  denyDevicePermission,
} from '../../../main/security/permissions'

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'fullscreen',
  'openExternal',
  'midiSysex',
  'unknown',
]

describe('permission handlers', () => {
  it('deny every request by default', () => {
    const handler = createPermissionRequestHandler()
    for (const permission of permissions) {
      const callback = vi.fn()
      handler({}, permission, callback)
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
    }
  })

  it('answer every check with no by default', () => {
    const handler = createPermissionCheckHandler()
    for (const permission of permissions) expect(handler(null, permission)).toBe(false)
  })

  it('grant only what is explicitly listed', () => {
    const request = createPermissionRequestHandler(['fullscreen'])
    const granted = vi.fn()
    const refused = vi.fn()
    request({}, 'fullscreen', granted)
    request({}, 'media', refused)
    expect(granted).toHaveBeenCalledWith(true)
    expect(refused).toHaveBeenCalledWith(false)
    const check = createPermissionCheckHandler(['fullscreen'])
    expect(check(null, 'fullscreen')).toBe(true)
    expect(check(null, 'geolocation')).toBe(false)
  })

  it('never grant a device', () => {
    expect(denyDevicePermission()).toBe(false)
  })
})
