export * from './vocabulary-labels'
export * from './ui-nl'
export * from './ui-en'
export * from './resources'
