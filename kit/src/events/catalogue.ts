// The event catalogue: each subgraph declares the kinds of event it hands over (in its own
// src/domain/events.ts), and the delivery engine knows only what was declared to it.

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

/** Why a declaration cannot be taken, or null when it can. */
export function declarationProblem(value: unknown): string | null {
  const d = value as Partial<EventDeclaration> | null;
  if (!d || typeof d !== 'object') return 'a declaration is { source, types: [{ type, description }] }';
  if (typeof d.source !== 'string' || !SOURCE_PATTERN.test(d.source))
    return 'source is a subgraph name (lower case letters, digits, dashes)';
  if (!Array.isArray(d.types) || d.types.length > 200) return 'types is a list of at most 200 event types';
  const seen = new Set<string>();
  for (const t of d.types as Partial<EventType>[]) {
    if (!t || typeof t.type !== 'string' || !EVENT_TYPE_PATTERN.test(t.type)) return `"${String(t?.type)}" is not <thing>.<what_happened>`;
    if (seen.has(t.type)) return `${t.type} is declared twice`;
    seen.add(t.type);
    if (typeof t.description !== 'string' || !t.description.trim() || t.description.length > 500) return `${t.type} needs a description`;
    for (const flag of ['transactional', 'stopping', 'erasure'] as const)
      if (t[flag] !== undefined && typeof t[flag] !== 'boolean') return `${t.type}: ${flag} is true or false`;
  }
  return null;
}

/** A subgraph's declaration, checked where it is written: a mistake fails at start, not at delivery. */
export function declareEvents(source: string, types: EventType[]): EventDeclaration {
  const declaration = { source, types };
  const problem = declarationProblem(declaration);
  if (problem) throw new Error(`${source}'s event declaration: ${problem}`);
  return declaration;
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
