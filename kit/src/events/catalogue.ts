// The event catalogue: each subgraph declares the kinds of event it hands over (in its own
// src/domain/events.ts), and the delivery engine knows only what was declared to it.
import { fieldOf, isRecord } from '../guards.ts';

/** One kind of event, as the subgraph that raises it declares it. */
export interface EventType {
  /** `<thing>.<what happened>`, lower case: `profile.created`, `offer.redeemed`. */
  type: string;
  /** What it means to a system downstream (shown when a subscriber names an unknown type). */
  description: string;
  /**
   * A message the customer asked for that carries what must be sent (a one-time code and where
   * to): only to subscribers that name it (never `*`), and never held back by marketing consent.
   */
  transactional?: boolean;
  /**
   * Tells a subscriber to stop (a withdrawal, an objection, an erasure): sent even to one the
   * subject no longer allows, when it concerns the subscriber's purposes.
   */
  stopping?: boolean;
  /** Says the subject was erased: the only kind of event still sent about an erased subject. */
  erasure?: boolean;
}

/** What one subgraph raises: its name (the events' `source`) and its event types. */
export interface EventDeclaration {
  source: string;
  types: EventType[];
}

export const EVENT_TYPE_PATTERN = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;
const SOURCE_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;

const FLAGS = ['transactional', 'stopping', 'erasure'] as const;

/** A declaration as it arrived (from code, or over the wire), checked: the declaration, or why it cannot be taken. */
export function readDeclaration(value: unknown): { declaration: EventDeclaration } | { problem: string } {
  if (!isRecord(value)) return { problem: 'a declaration is { source, types: [{ type, description }] }' };
  const { source, types } = value;
  if (typeof source !== 'string' || !SOURCE_PATTERN.test(source))
    return { problem: 'source is a subgraph name (lower case letters, digits, dashes)' };
  if (!Array.isArray(types) || types.length > 200) return { problem: 'types is a list of at most 200 event types' };
  const read: EventType[] = [];
  const seen = new Set<string>();
  for (const t of types) {
    const type = fieldOf(t, 'type');
    const description = fieldOf(t, 'description');
    if (typeof type !== 'string' || !EVENT_TYPE_PATTERN.test(type)) return { problem: `"${String(type)}" is not <thing>.<what_happened>` };
    if (seen.has(type)) return { problem: `${type} is declared twice` };
    seen.add(type);
    if (typeof description !== 'string' || !description.trim() || description.length > 500)
      return { problem: `${type} needs a description` };
    const eventType: EventType = { type, description };
    for (const flag of FLAGS) {
      const set = fieldOf(t, flag);
      if (set !== undefined && typeof set !== 'boolean') return { problem: `${type}: ${flag} is true or false` };
      if (set !== undefined) eventType[flag] = set;
    }
    read.push(eventType);
  }
  return { declaration: { source, types: read } };
}

/** A subgraph's declaration, checked where it is written: a mistake fails at start, not at delivery. */
export function declareEvents(source: string, types: EventType[]): EventDeclaration {
  const read = readDeclaration({ source, types });
  if ('problem' in read) throw new Error(`${source}'s event declaration: ${read.problem}`);
  return read.declaration;
}

/** Every declared event type, by type: the union of the declarations the delivery engine holds. */
export class EventCatalogue {
  readonly #types = new Map<string, EventType & { source: string }>();

  constructor(declarations: readonly EventDeclaration[]) {
    for (const { source, types } of declarations) for (const t of types) this.#types.set(t.type, { ...t, source });
  }

  get(type: string) {
    return this.#types.get(type);
  }

  /** Whether `source` declared this type: a subgraph hands over only events of its own kinds. */
  raisedBy = (type: string, source: string) => this.#types.get(type)?.source === source;

  isTransactional = (type: string) => this.#types.get(type)?.transactional === true;

  isStopping = (type: string) => this.#types.get(type)?.stopping === true;

  isErasure = (type: string) => this.#types.get(type)?.erasure === true;

  /** Every type, sorted. */
  types = () => [...this.#types.keys()].sort();
}
