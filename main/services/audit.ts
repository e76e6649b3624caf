import { type AuditKind, type StoreData } from '../../shared/model'

/** Keeps the audit log bounded; the oldest lines go first. */
const MAX_AUDIT_ENTRIES = 5_000

/** Adds a line to the audit log inside a store update: what and when, never the content. */
export function appendAudit(
  data: StoreData,
  entry: { kind: AuditKind; subject: string; programmeId?: string },
  now: string,
  newId: () => string,
): void {
  data.auditLog.push({
    id: newId(),
    at: now,
    kind: entry.kind,
    subject: entry.subject.slice(0, 300),
    ...(entry.programmeId ? { programmeId: entry.programmeId } : {}),
  })
  if (data.auditLog.length > MAX_AUDIT_ENTRIES)
    data.auditLog.splice(0, data.auditLog.length - MAX_AUDIT_ENTRIES)
}
