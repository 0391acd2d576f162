// The breach register (GDPR Art. 33/34): a breach opened, assessed, scoped through every
// subgraph's subject-rights contract, decided, notified to the authority within 72 hours of
// awareness, and to the affected customers in their language. Every step is on the record.
import { randomUUID } from 'node:crypto';
import { assertRole, provenanceOf, type Provenance } from '#kit/authorize.ts';
import { badUserInput, conflict, notFound } from '#kit/errors.ts';
import type { Locks } from '#kit/locks.ts';
import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { Viewer } from '#kit/viewer.ts';
import { authorityDueAt, breachNotifiedEvent, isAuthorityOverdue, messageFor } from '../domain/breaches.ts';
import type { BreachDoc, BreachMessage, BreachNoticeDoc, BreachRisk, BreachStep } from '../models/Breach.ts';
import type { BreachStore } from '../store/breachStore.ts';
import { checkedWindow, impactOf } from './acrossSubgraphs.ts';
import type { Contracts } from './orchestrator.ts';

const MANAGERS = ['admin', 'dpo'] as const;
const FOR_MANAGERS = 'The breach register is for the data protection officer and administrators.';
/** Notices written per database call when telling many customers. */
const NOTICES_AT_ONCE = 500;

export interface OpenBreach {
  title: string;
  description: string;
  awareAt: Date;
  window: { from: Date; to: Date; subgraphs?: string[] | null; collections?: string[] | null };
}

const required = (value: string, field: string, what: string) => {
  const trimmed = value.trim();
  if (!trimmed) throw badUserInput(what, field);
  return trimmed;
};

export class BreachService {
  readonly #store: BreachStore;
  readonly #contracts: Contracts;
  readonly #writes: Locks;
  readonly #directory: ProfileDirectory | undefined;

  constructor({
    store,
    contracts,
    writes,
    directory,
  }: {
    store: BreachStore;
    contracts: Contracts;
    /** One queue per breach across replicas: two steps taken at once must not lose one. */
    writes: Locks;
    /** Where each customer's language is asked (identity); without it every customer gets the first message. */
    directory?: ProfileDirectory;
  }) {
    this.#store = store;
    this.#contracts = contracts;
    this.#writes = writes;
    this.#directory = directory;
  }

  async open(viewer: Viewer, input: OpenBreach): Promise<BreachDoc> {
    assertRole(viewer, [...MANAGERS], FOR_MANAGERS);
    const by = provenanceOf(viewer);
    if (input.awareAt.getTime() > by.at.getTime() + 5 * 60_000) throw badUserInput('awareAt is in the future.', 'input.awareAt');
    const window = checkedWindow(input.window, 'input.window.');
    const doc: BreachDoc = {
      _id: randomUUID(),
      title: required(input.title, 'input.title', 'Give the breach a title.'),
      description: required(input.description, 'input.description', 'Describe what happened.'),
      awareAt: input.awareAt,
      authorityDueAt: authorityDueAt(input.awareAt),
      window,
      status: 'OPEN',
      steps: [{ type: 'OPENED', at: by.at, by, note: null }],
      openedBy: by,
    };
    await this.#store.insert(doc);
    return doc;
  }

  async get(viewer: Viewer, id: string): Promise<BreachDoc | null> {
    assertRole(viewer, [...MANAGERS], FOR_MANAGERS);
    return this.#store.get(id);
  }

  /** The register, the authority's deadline nearest first; `overdue`: only those whose 72 hours have passed unnotified. */
  async list(viewer: Viewer, { overdue = false, includeClosed = false }: { overdue?: boolean; includeClosed?: boolean }) {
    assertRole(viewer, [...MANAGERS], FOR_MANAGERS);
    const now = new Date();
    const all = await this.#store.list(includeClosed && !overdue);
    return all
      .filter((b) => !overdue || isAuthorityOverdue(b, now))
      .sort((a, b) => a.authorityDueAt.getTime() - b.authorityDueAt.getTime() || a._id.localeCompare(b._id));
  }

  /** Who assessed the risk to people, how high, and why (Art. 33(1), 34(1)). */
  assess(viewer: Viewer, id: string, risk: BreachRisk, note: string) {
    return this.#step(viewer, id, 'ASSESSED', note, () => ({
      assessment: { risk, note: required(note, 'note', 'Say why you assess the risk so.'), by: provenanceOf(viewer) },
    }));
  }

  /** Which subjects and categories the breach reaches: each affected subgraph answers through its contract. */
  scope(viewer: Viewer, id: string) {
    return this.#step(
      viewer,
      id,
      'SCOPED',
      (set) => `${set.scope?.count ?? 0} subject(s)`,
      async (breach) => {
        const { subjects, count, categories, bySubgraph } = await impactOf(this.#contracts, breach.window);
        return { scope: { subjects, count, categories, bySubgraph, at: new Date() } };
      },
    );
  }

  /** Whether the authority and the customers are to be notified, and why (a decision not to is kept with its reason). */
  decide(viewer: Viewer, id: string, decision: { notifyAuthority: boolean; notifySubjects: boolean; reason: string }) {
    return this.#step(viewer, id, 'DECIDED', decision.reason, (breach) => {
      if (!breach.assessment) throw conflict('Assess the risk before deciding whom to notify.');
      return {
        decision: {
          notifyAuthority: decision.notifyAuthority,
          notifySubjects: decision.notifySubjects,
          reason: required(decision.reason, 'input.reason', 'Say why.'),
          by: provenanceOf(viewer),
        },
      };
    });
  }

  /** The supervisory authority was notified: when, which, and its reference. */
  recordAuthorityNotification(viewer: Viewer, id: string, input: { authority: string; reference?: string | null; notifiedAt: Date }) {
    return this.#step(viewer, id, 'AUTHORITY_NOTIFIED', input.authority, (breach, by) => {
      if (breach.authorityNotification) throw conflict('The authority’s notification is already recorded.');
      if (input.notifiedAt.getTime() > by.at.getTime() + 5 * 60_000) throw badUserInput('notifiedAt is in the future.', 'input.notifiedAt');
      return {
        authorityNotification: {
          authority: required(input.authority, 'input.authority', 'Name the supervisory authority.'),
          reference: input.reference?.trim() || null,
          at: input.notifiedAt,
          by,
        },
      };
    });
  }

  /**
   * Tells every affected customer (Art. 34), each in their language: a notice they read in their
   * profile, and a `breach.notified` event their channels (email, SMS) hear through the outbox. Each
   * notice is written once, so calling again after a failure part-way tells only those not yet told.
   */
  notifySubjects(viewer: Viewer, id: string, messages: BreachMessage[]) {
    assertRole(viewer, [...MANAGERS], FOR_MANAGERS);
    if (!messages.length) throw badUserInput('Write the message, in one language at least (the first is the default).', 'messages');
    const checked = messages.map((m, i) => ({
      language: required(m.language, `messages[${i}].language`, 'Name the message’s language.'),
      title: required(m.title, `messages[${i}].title`, 'Give the message a title.'),
      text: required(m.text, `messages[${i}].text`, 'Write the message.'),
    }));
    return this.#step(
      viewer,
      id,
      'SUBJECTS_NOTIFIED',
      (set) => `${set.notifiedCount ?? 0} customer(s)`,
      async (breach) => {
        if (!breach.decision?.notifySubjects) throw conflict('Decide to notify the customers first (decideBreachNotification).');
        if (!breach.scope) throw conflict('Scope the breach first: who it affects (scopeBreach).');
        const subjects = breach.scope.subjects;
        const locales = this.#directory && subjects.length ? await this.#directory.locales(subjects) : new Map<string, string>();
        const notifiedAt = new Date();
        for (let i = 0; i < subjects.length; i += NOTICES_AT_ONCE) {
          const notices = subjects.slice(i, i + NOTICES_AT_ONCE).map((subjectId): BreachNoticeDoc => {
            const message = messageFor(checked, locales.get(subjectId));
            const notice = { _id: `${id}:${subjectId}`, breachId: id, subjectId, ...message, notifiedAt };
            return { ...notice, outbox: [breachNotifiedEvent(notice)] };
          });
          await this.#store.insertNotices(notices);
        }
        return { subjectsNotifiedAt: notifiedAt, notifiedCount: await this.#store.countNotices(id) };
      },
    );
  }

  close(viewer: Viewer, id: string, note: string) {
    return this.#step(viewer, id, 'CLOSED', note, (breach) => {
      if (breach.decision?.notifyAuthority && !breach.authorityNotification)
        throw conflict('The authority is to be notified: record its notification before closing.');
      required(note, 'note', 'Say how the breach was resolved.');
      return { status: 'CLOSED', closedAt: new Date() };
    });
  }

  /** The notices these customers received (the per-request loader's batch; the profile's reference checked who may read). */
  noticesOf(subjectIds: readonly string[]) {
    return this.#store.noticesOf(subjectIds);
  }

  async #open(id: string): Promise<BreachDoc> {
    const breach = await this.#store.get(id);
    if (!breach) throw notFound('Breach');
    if (breach.status === 'CLOSED') throw conflict('This breach is closed.');
    return breach;
  }

  /**
   * One step of the handling: checked against the breach as it is, written with its record, under
   * the breach's lock. `note`: what the record says, given or told by the change.
   */
  #step(
    viewer: Viewer,
    id: string,
    type: BreachStep['type'],
    note: string | null | ((set: Partial<BreachDoc>) => string),
    change: (breach: BreachDoc, by: Provenance) => Partial<BreachDoc> | Promise<Partial<BreachDoc>>,
  ): Promise<BreachDoc> {
    assertRole(viewer, [...MANAGERS], FOR_MANAGERS);
    const by = provenanceOf(viewer);
    return this.#writes.run(id, async () => {
      const breach = await this.#open(id);
      const set = await change(breach, by);
      const said = typeof note === 'function' ? note(set) : note;
      const step: BreachStep = { type, at: by.at, by, note: said?.trim().slice(0, 500) || null };
      await this.#store.update(id, { $set: set, $push: { steps: step } });
      const updated = await this.#store.get(id);
      if (!updated) throw notFound('Breach');
      return updated;
    });
  }
}
