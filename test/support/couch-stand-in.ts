import { createRequire } from 'node:module'
import { createServer, type Server } from 'node:http'
import { type AddressInfo, type Socket } from 'node:net'

// Neither express-pouchdb nor PouchDB 9 ships type declarations; only these few calls are used.
const require = createRequire(import.meta.url)
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

/**
 * A CouchDB stand-in for tests: express-pouchdb (the CouchDB replication protocol on PouchDB) with an
 * in-memory adapter, on 127.0.0.1. CouchDB itself cannot be installed on the build machines. The
 * databases live as long as this object: `stop()` closes the port only, `start()` opens the same port
 * again, so a test can take the server away in the middle of replication.
 */
export class CouchStandIn {
  private server: Server | undefined
  private port = 0
  private readonly app: Handler
  private readonly Pouch: ServerPouch
  private readonly sockets = new Set<Socket>()

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
    const server = createServer((request, response) => this.app(request, response))
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
