/**
 * The contract's method names as a plain list, for the preload script, which must stay small and
 * free of zod. A unit test keeps it equal to the keys of `apiContract`.
 */
export const apiMethodNames = [
  'app.status',
  'programme.list',
  'programme.get',
  'programme.create',
  'programme.update',
  'demo.load',
  'stats.programme',
  'settings.get',
  'settings.update',
  'backup.list',
  'backup.create',
  'backup.restore',
  'recovery.startEmpty',
] as const

/** The IPC channel every call travels on: `(method, input) => ApiResponse`. */
export const IPC_CHANNEL = 'krachtstroom:call'
