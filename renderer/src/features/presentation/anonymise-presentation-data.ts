import { type Idea } from '../../../../shared/model'
import { anonymiseQuote } from './anonymise-quote'
import { type PresentationData } from './presentation-types'

type Redact = (text: string) => string

function anonymiseIdea(idea: Idea, redact: Redact): Idea {
  return {
    ...idea,
    title: redact(idea.title),
    description: anonymiseQuote(idea.description, redact),
    // No slide shows these; emptied rather than redacted, which is both safe and quick for thousands of ideas.
    initiators: idea.initiators.map((initiator) => ({ ...initiator, name: '', pseudonym: '' })),
    history: idea.history.map((entry) => ({
      at: entry.at,
      date: entry.date,
      status: entry.status,
      by: '',
      note: '',
    })),
    owners: idea.owners.map((owner) => ({ ...owner, ask: '' })),
    feedback: idea.feedback.map((feedback) => ({ ...feedback, note: '' })),
  }
}

/**
 * The presentation's data with every free text through the redaction pass, once, before any slide
 * draws it: idea titles, descriptions (as quotes, cut to slide length), follow-ups and sessions.
 * Free text no slide shows (door notes, history, asks, verslagen) and residents' names are left out
 * altogether. Names of the programme's own things (streets, partners, themes) stay.
 */
export function anonymisePresentationData(data: PresentationData, redact: Redact): PresentationData {
  return {
    ...data,
    ideas: data.ideas.map((item) => ({ ...item, idea: anonymiseIdea(item.idea, redact) })),
    partners: data.partners.map((item) => ({
      ...item,
      partner: { ...item.partner, notes: '' },
      ideas: item.ideas.map((idea) => ({ ...idea, title: redact(idea.title), ask: '' })),
    })),
    openActions: data.openActions.map((item) => ({
      ...item,
      action: { ...item.action, title: redact(item.action.title), notes: '' },
      ...(item.ideaTitle === undefined ? {} : { ideaTitle: redact(item.ideaTitle) }),
      ...(item.sessionTitle === undefined ? {} : { sessionTitle: redact(item.sessionTitle) }),
    })),
    sessions: data.sessions.map((item) => ({
      ...item,
      session: {
        ...item.session,
        title: redact(item.session.title),
        location: redact(item.session.location),
        goal: '',
        ...(item.session.report === undefined ? {} : { report: { ...item.session.report, notes: '' } }),
      },
    })),
  }
}
