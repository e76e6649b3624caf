import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDirOverride } from '../../../main/electron-data-dir'

describe('dataDirOverride', () => {
  it('takes KRACHTSTROOM_DATA_DIR, resolving a relative path from cwd', () => {
    expect(dataDirOverride({ KRACHTSTROOM_DATA_DIR: '/tmp/kc-data' }, '/home/coach')).toBe('/tmp/kc-data')
    expect(dataDirOverride({ KRACHTSTROOM_DATA_DIR: 'data' }, '/home/coach')).toBe(
      resolve('/home/coach', 'data'),
    )
  })

  it('means the usual folder when unset or blank', () => {
    expect(dataDirOverride({}, '/home/coach')).toBeUndefined()
    expect(dataDirOverride({ KRACHTSTROOM_DATA_DIR: '  ' }, '/home/coach')).toBeUndefined()
  })
})
