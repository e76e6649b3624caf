export * from './sync-collections'
export * from './sync-docs'
export * from './sync-merge'
export * from './team-choice'
