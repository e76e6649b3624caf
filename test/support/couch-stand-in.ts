import { createRequire } from 'node:module'
import { createServer, type Server } from 'node:http'
import { type AddressInfo, type Socket } from 'node:net'

// Neither express-pouchdb nor PouchDB 9 ships type declarations; only these few calls are used.
// __filename, not import.meta: Playwright loads this file as CommonJS, Vitest provides both.
const require = createRequire(__filename)
type Handler = (request: unknown, response: unknown) => void
interface ServerPouch {
  new (name: string): {
    allDocs(options: object): Promise<{ rows: Array<{ id: string; doc?: unknown }> }>
    put(doc: object): Promise<unknown>
    info(): Promise<unknown>
  }
  plugin(plugin: unknown): ServerPouch
  defaults(options: object): ServerPouch
}

/** CouchDB's answers when a request has no valid login (HTTP basic auth). */
const NO_LOGIN = { error: 'unauthorized', reason: 'You are not authorized to access this db.' }
const WRONG_LOGIN = { error: 'unauthorized', reason: 'Name or password is incorrect.' }
const NOT_A_MEMBER = { error: 'forbidden', reason: 'You are not allowed to access this db.' }

/**
 * A CouchDB stand-in for tests: express-pouchdb (the CouchDB replication protocol on PouchDB) with an
 * in-memory adapter, on 127.0.0.1. CouchDB itself cannot be installed on the build machines. The
 * databases live as long as this object: `stop()` closes the port only, `start()` opens the same port
 * again, so a test can take the server away in the middle of replication.
 *
 * Logins are off by default: every request is let in, whatever user and password it carries. After
 * `addUser()` the stand-in checks them the way CouchDB does for a database with members: HTTP basic
 * auth, and a 401 with CouchDB's JSON (`{"error":"unauthorized","reason":"Name or password is
 * incorrect."}`) for an unknown user or a wrong password, or none at all.
 */
export class CouchStandIn {
  private server: Server | undefined
  private port = 0
  private readonly app: Handler
  private readonly Pouch: ServerPouch
  private readonly sockets = new Set<Socket>()
  /** User name → password; empty while logins are off. */
  private readonly users = new Map<string, string>()
  private readonly members = new Map<string, ReadonlySet<string>>()

  constructor() {
    const core = require('pouchdb-core') as ServerPouch
    this.Pouch = core.plugin(require('pouchdb-adapter-memory')).defaults({ adapter: 'memory' })
    const expressPouch = require('express-pouchdb') as (pouch: unknown, options: object) => Handler
    const express = require('express') as () => Handler & { use: (path: string, handler: Handler) => void }
    const app = express()
    app.use('/', expressPouch(this.Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }))
    this.app = app
  }

  /** The server address (without a database). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Opens the port (the same one as before after a stop). */
  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const refusal = this.loginRefusal(request.headers.authorization)
      const forbidden = refusal ? undefined : this.memberRefusal(request.url, request.headers.authorization)
      if (!refusal && !forbidden) {
        this.app(request, response)
        return
      }
      response.writeHead(refusal ? 401 : 403, { 'Content-Type': 'application/json' })
      response.end(`${JSON.stringify(refusal ?? forbidden)}\n`)
    })
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (server.address() as AddressInfo).port
    this.server = server
  }

  /** Closes the port and cuts every open connection (live feeds included); the data stays. */
  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    if (!server) return
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    await closed
  }

  /**
   * Adds a coach's login (or gives an existing one a new password, as the administrator does). From the
   * first user on, every request needs a known user and its password.
   */
  addUser(name: string, password: string): void {
    this.users.set(name, password)
  }

  /**
   * Lets only these users into a database, as CouchDB's `_security` members do: another user who logs
   * in correctly gets CouchDB's 403.
   */
  setMembers(database: string, names: readonly string[]): void {
    this.members.set(database, new Set(names))
  }

  /** CouchDB's answer to a logged-in user who is not a member of the database asked for. */
  private memberRefusal(url: string | undefined, authorization: string | undefined): object | undefined {
    const database = decodeURIComponent((url ?? '/').split(/[/?]/)[1] ?? '')
    const members = this.members.get(database)
    if (!members) return undefined
    const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '')
    const name =
      Buffer.from(basic?.[1] ?? '', 'base64')
        .toString('utf8')
        .split(':')[0] ?? ''
    return members.has(name) ? undefined : NOT_A_MEMBER
  }

  /** CouchDB's answer to a request without a valid login; undefined when it may pass. */
  private loginRefusal(authorization: string | undefined): object | undefined {
    if (this.users.size === 0) return undefined
    const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '')
    if (!basic?.[1]) return NO_LOGIN
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    const name = decoded.slice(0, Math.max(colon, 0))
    const password = decoded.slice(colon + 1)
    return colon > 0 && this.users.get(name) === password ? undefined : WRONG_LOGIN
  }

  /** Creates a database, as the team's administrator does once per programme. */
  async createDatabase(name: string): Promise<void> {
    await new this.Pouch(name).info()
  }

  /** Every document of a database, as stored on the server. */
  async allDocs(name: string): Promise<Array<{ id: string; doc?: unknown }>> {
    return (await new this.Pouch(name).allDocs({ include_docs: true, conflicts: true })).rows
  }

  /** Writes a document straight to the server, past every app. */
  async putDirect(name: string, doc: object): Promise<void> {
    await new this.Pouch(name).put(doc)
  }
}
