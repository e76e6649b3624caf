import { z } from 'zod'
import { type ProgrammeStats } from '../domain/stats-types'
import {
  idSchema,

  programmeDraftSchema,
  programmeGoalsSchema,
  programmePeriodSchema,
  requiredText,
  longText,
  themeSchema,
  settingsPatchSchema,
  type Programme,
  type ProgrammeSummary,
  type Settings,
  type StoreCounts,
} from '../model'

/**
 * The API contract: every method the renderer may call, with its input schema (validated by both
 * hosts before a service sees it) and its result type. One plain JSON argument per method, JSON
 * results, dates as ISO strings, so the same call works over IPC and over HTTP.
 */
export interface MethodSpec<Input extends z.ZodType, Result> {
  readonly input: Input
  readonly description: string
  /** Phantom field that carries the result type; never present at run time. */
  readonly result?: Result
}

function method<Result>() {
  return <Input extends z.ZodType>(input: Input, description: string): MethodSpec<Input, Result> => ({
    input,
    description,
  })
}

/** Input of methods that take no arguments: `{}` or nothing at all. */
const noInput = z.object({}).strict().default({})

/** Where the store stands: loaded, or in need of the coach's choice after a problem. */
export interface AppStatus {
  appVersion: string
  /** `ok`: working normally. `recovery`: the store could not be loaded; see `problem` and `backups`. */
  store: 'ok' | 'recovery'
  problem?: StoreProblem
  dataDir: string
  /** True when no programme exists yet (first run). */
  firstRun: boolean
  /** A write that failed last; cleared by the next successful write. */
  lastWriteError?: string
}

/** Why the store could not be loaded, in the coach's words, and where the damaged file went. */
export interface StoreProblem {
  kind: 'corrupt' | 'invalid' | 'newer-version' | 'unreadable'
  message: string
  movedAsideTo?: string
}

/** One backup of the store that can be restored. */
export interface BackupInfo {
  id: string
  createdAt: string
  kind: 'daily' | 'manual' | 'before-migration' | 'before-restore'
  sizeBytes: number
  counts: StoreCounts
}

/** Result of loading the demo programme. */
export interface DemoLoaded {
  programmeId: string
  counts: { streets: number; addresses: number; ideas: number; sessions: number; contacts: number }
}

const backupIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'is geen bekende back-up' })

export const apiContract = {
  'app.status': method<AppStatus>()(noInput, 'Where the app and its store stand.'),

  'programme.list': method<ProgrammeSummary[]>()(noInput, 'All programmes, newest first.'),
  'programme.get': method<Programme>()(z.object({ programmeId: idSchema }).strict(), 'One programme.'),
  'programme.create': method<Programme>()(programmeDraftSchema.strict(), 'Start a new programme; it becomes the active one.'),
  'programme.update': method<Programme>()(
    z
      .object({
        programmeId: idSchema,
        name: requiredText(120).optional(),
        gemeente: requiredText(80).optional(),
        description: longText(4000).optional(),
        period: programmePeriodSchema.optional(),
        goals: programmeGoalsSchema.optional(),
        themes: z.array(themeSchema).max(100).optional(),
      })
      .strict(),
    'Change a programme; only the given fields change.',
  ),

  'demo.load': method<DemoLoaded>()(
    z.object({ scale: z.number().int().min(1).max(100).default(1) }).strict().default({ scale: 1 }),
    'Add the demo programme (Oldebroek Voor Mekaar) and make it active.',
  ),

  'stats.programme': method<ProgrammeStats>()(z.object({ programmeId: idSchema }).strict(), 'Key figures of one programme.'),

  'settings.get': method<Settings>()(noInput, 'The app settings.'),
  'settings.update': method<Settings>()(settingsPatchSchema, 'Change settings; only the given fields change.'),

  'backup.list': method<BackupInfo[]>()(noInput, 'Backups in the data folder, newest first.'),
  'backup.create': method<BackupInfo>()(noInput, 'Make a backup now.'),
  'backup.restore': method<{ restored: BackupInfo }>()(
    z.object({ backupId: backupIdSchema }).strict(),
    'Replace the data with a backup; the current data is kept as a backup first.',
  ),
  'recovery.startEmpty': method<{ ok: true }>()(
    noInput,
    'In recovery: start with an empty store (the damaged file stays where it was moved).',
  ),
} as const

/** A method name such as `programme.create`. */
export type ApiMethod = keyof typeof apiContract
/** What a caller passes to a method (before defaults are applied). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiContract)[M]['input']>
/** The input as a service receives it: validated, with defaults applied. */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiContract)[M]['input']>
/** What a method answers with. */
export type ApiResult<M extends ApiMethod> = NonNullable<(typeof apiContract)[M]['result']>

/** All method names, in contract order. */
export const apiMethods = Object.keys(apiContract) as ApiMethod[]

/** True when `name` is a method of the contract (and not e.g. `toString` or `__proto__`). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name)
}

/** The interface the renderer calls: one async function per method. */
export type KrachtstroomApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<M>> }


/**
 * What the preload script exposes as `window.krachtstroom`: one function per method, answering with
 * the response envelope (errors do not survive IPC as exceptions, so they travel as data).
 */
export type KrachtstroomBridge = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<import('./errors').ApiResponse<ApiResult<M>>>
}
