import { type z } from 'zod'
import { type ApiResponse, type CallOptions } from './errors'
import { coreMethods } from './methods/core'
import { ideaMethods } from './methods/ideas'
import { reportMethods } from './methods/reports'
import { privacyMethods } from './methods/privacy'
import { residentMethods } from './methods/residents'
import { sessionMethods } from './methods/sessions'
import { streetMethods } from './methods/streets'
import { syncMethods } from './methods/sync'

export type { MethodSpec } from './define-method'
export { CSV_PREVIEW_ROWS, MAX_CSV_BASE64_CHARS } from './methods/streets'
export { MAX_BACKUP_BASE64_CHARS } from './methods/core'
export type {
  AppStart,
  AppStatus,
  StoreProblem,
  BackupInfo,
  BackupFileContents,
  BackupFileInspection,
  DemoLoaded,
} from './methods/core'
export type {
  StreetListItem,
  AddressListItem,
  CsvPreview,
  CsvPreviewRow,
  CsvImportResult,
  ContactRecorded,
} from './methods/streets'
export type {
  IdeaOwnerView,
  IdeaNextActionView,
  IdeaListItem,
  IdeaDetail,
  PartnerListItem,
  ActionListItem,
  ExportedFile,
  IdeaFilter,
} from './methods/ideas'
export { ideaFilterSchema } from './methods/ideas'
export type { SessionListItem, SessionDetail, SessionSaved } from './methods/sessions'
export type { ReportFile } from './methods/reports'
export { reportRequestSchema } from './methods/reports'
export type { ReportOutline } from '../reports/report-outline'
export type { ErasureResult, RetentionItem, PrivacyFile } from './methods/privacy'
export type {
  SyncState,
  SyncStatus,
  SyncSettingsView,
  SyncLogEntry,
  SyncSetAsideDoc,
  SyncConflict,
} from './methods/sync'
export type {
  ResidentRoleView,
  ResidentListItem,
  ConnectionListItem,
  SignalSummary,
  SignalListItem,
  SignalDetail,
  SignalRecorded,
  SignalRetentionItem,
} from './methods/residents'

/**
 * The API contract: every method the renderer may call, with its input schema (validated by both
 * hosts before a service sees it) and its result type. One plain JSON argument per method, JSON
 * results, dates as ISO strings, so the same call works over IPC and over HTTP. Each area keeps its
 * methods in shared/api/methods/<area>.ts; names are `area.verb`.
 */
export const apiContract = {
  ...coreMethods,
  ...streetMethods,
  ...ideaMethods,
  ...sessionMethods,
  ...reportMethods,
  ...privacyMethods,
  ...syncMethods,
  ...residentMethods,
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
  [M in ApiMethod]: (input: ApiInput<M>, options?: CallOptions) => Promise<ApiResponse<ApiResult<M>>>
}
