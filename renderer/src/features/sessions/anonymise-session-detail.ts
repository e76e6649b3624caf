import { type SessionDetail } from '../../../../shared/api'

/**
 * A session as the printed verslag shows it: title, place, goal, verslag, ideas and follow-ups through
 * the redaction pass, so names, addresses and phone numbers of residents typed into them become
 * placeholders. Door notes are not part of the verslag at all.
 */
export function anonymiseSessionDetail(
  detail: SessionDetail,
  redact: (text: string) => string,
): SessionDetail {
  const { session } = detail
  return {
    ...detail,
    session: {
      ...session,
      title: redact(session.title),
      location: redact(session.location),
      goal: redact(session.goal),
      ...(session.report === undefined
        ? {}
        : { report: { ...session.report, notes: redact(session.report.notes) } }),
    },
    ideas: detail.ideas.map((idea) => ({ ...idea, title: redact(idea.title) })),
    actions: detail.actions.map((action) => ({ ...action, title: redact(action.title) })),
  }
}
