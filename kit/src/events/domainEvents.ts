import { z } from 'zod';
import { firstErrorIn } from '../errors.ts';
import { postSigned, type Viewer } from '../viewer.ts';
import type { EventDeclaration } from './catalogue.ts';

/**
 * A change other systems care about, as a subgraph hands it to the event delivery engine
 * (kit/src/events/delivery, in the process that hosts it, which gates every delivery by consent):
 * id (stable: handing it over twice changes nothing), type (one its source declared), pseudonymous
 * subject id, when, where from, and a minimal payload (never more personal data than a
 * subscriber's purpose needs).
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

/** At most this many events per hand-over. */
export const MAX_EVENTS_PER_HANDOVER = 500;

const domainEvent: z.ZodType<DomainEvent> = z.object({
  id: z.string().regex(EVENT_ID),
  type: z.string(),
  subjectId: z.string(),
  occurredAt: z.string().refine((at) => !Number.isNaN(Date.parse(at)), 'an ISO date'),
  source: z.string(),
  data: z.record(z.string(), z.unknown()),
});

/** What `POST /internal/events` takes; the declaration beside the events is checked by the receiver (readDeclaration). */
export const eventHandover = z.object({
  events: z.array(domainEvent).max(MAX_EVENTS_PER_HANDOVER),
  declares: z.unknown().optional(),
});

/** The signed viewer a subgraph's outbox relay uses for `POST /internal/events`. */
const relayViewer = (source: string): Viewer => ({
  subject: null,
  roles: ['system'],
  scopes: ['events'],
  clientId: `${source}-outbox`,
  channel: 'internal',
});

/** Where events arrive: the delivery engine's registry, in the process that hosts it. */
export interface EventReceiver {
  receiveEvents(events: DomainEvent[]): Promise<void>;
  /** A declaration as it arrived: the receiver checks it (readDeclaration) and refuses a bad one. */
  declare(declaration: unknown): Promise<void>;
}

/** What `POST /internal/events` takes: events, and (first, when given) the sender's declaration. */
export interface EventHandover {
  events: DomainEvent[];
  declares?: EventDeclaration;
}

async function handOver(baseUrl: string, signingKey: string, source: string, body: EventHandover, what: string): Promise<void> {
  const response = await postSigned(baseUrl, '/internal/events', relayViewer(source), signingKey, body, 5000);
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  const reason = firstErrorIn(await response.json().catch(() => null))?.message;
  throw new Error(`the event delivery engine refused ${what}: HTTP ${response.status}${reason ? `, ${reason}` : ''}`);
}

/** Hands events to the delivery engine's internal endpoint; resolves only once it has stored them all. */
export const publishEvents = (baseUrl: string, signingKey: string, source: string, events: DomainEvent[]): Promise<void> =>
  handOver(baseUrl, signingKey, source, { events }, `${events.length} event(s)`);

/** Declares the event types `source` raises, so the engine takes its events and subscribers may ask for them. */
export const declareEventTypes = (baseUrl: string, signingKey: string, declaration: EventDeclaration): Promise<void> =>
  handOver(baseUrl, signingKey, declaration.source, { events: [], declares: declaration }, `${declaration.source}'s event declaration`);
