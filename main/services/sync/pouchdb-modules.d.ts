// PouchDB 9 ships no type declarations; the app reaches it only through the narrow types in local-db.ts.
declare module 'pouchdb-core' {
  const PouchDB: unknown
  export default PouchDB
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-replication' {
  const plugin: unknown
  export default plugin
}
