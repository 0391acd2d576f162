import { postSigned, type Viewer } from './viewer.ts';

/**
 * A change other systems care about, as one subgraph hands it to consent, which owns the webhook
 * subscribers and the consent checks: id (stable: handing it over twice changes nothing), type,
 * pseudonymous subject id, when, where from, and a minimal payload (never more personal data than
 * a subscriber's purpose needs).
 */
export interface DomainEvent {
  id: string;
  type: string;
  subjectId: string;
  occurredAt: string;
  source: string;
  data: Record<string, unknown>;
}

export const EVENT_ID = /^evt_[A-Za-z0-9_.:-]{1,200}$/;

/** The signed viewer a subgraph's outbox relay uses for `POST /internal/events`. */
const relayViewer = (source: string): Viewer => ({
  subject: null,
  roles: ['system'],
  scopes: ['events'],
  clientId: `${source}-outbox`,
  channel: 'internal',
});

/** Hands events to consent's internal endpoint; resolves only once consent has stored them all. */
export async function publishEvents(consentBaseUrl: string, signingKey: string, source: string, events: DomainEvent[]): Promise<void> {
  const response = await postSigned(consentBaseUrl, '/internal/events', relayViewer(source), signingKey, { events }, 5000);
  await response.body?.cancel();
  if (!response.ok) throw new Error(`consent refused ${events.length} event(s): HTTP ${response.status}`);
}
