import { describe, expect, it } from 'vitest'
import { syncServerUrlSchema } from '../../../shared/api/methods/sync'

describe('the team server address', () => {
  it('takes https anywhere, a path behind a proxy, and http only on this computer', () => {
    for (const address of [
      'https://couch.gemeente.nl',
      'https://couch.gemeente.nl:6984/couchdb',
      'http://localhost:5984',
      'http://127.0.0.1:5984',
    ]) {
      expect(syncServerUrlSchema.safeParse(address).success, address).toBe(true)
    }
  })

  it('refuses an address with a space, one that is no address, and http to another computer', () => {
    for (const address of [
      'https://127.0.0.1:5989/couch/extra pad',
      'https://couch gemeente.nl',
      'couch.gemeente.nl',
      'http://couch.gemeente.nl',
    ]) {
      expect(syncServerUrlSchema.safeParse(address).success, address).toBe(false)
    }
  })
})
