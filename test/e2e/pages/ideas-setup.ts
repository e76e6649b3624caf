import { type IdeaStatus } from '../../../shared/model/vocabulary'
import { type WebHost } from '../fixtures/web-host'

/** Loads the demo and adds an idea of our own, brought to `status` along the main line. */
export async function demoWithIdea(
  host: WebHost,
  title: string,
  status: IdeaStatus = 'opgehaald',
): Promise<{ programmeId: string; ideaId: string }> {
  if (!host.running) await host.start()
  const { programmeId } = await host.call('demo.load', { scale: 1 })
  const idea = await host.call('idea.create', { programmeId, title })
  if (status === 'uitgewerkt') await host.call('idea.setStatus', { ideaId: idea.id, status })
  return { programmeId, ideaId: idea.id }
}
