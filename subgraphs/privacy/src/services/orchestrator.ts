import type { Provenance } from '#kit/authorize.ts';
import { openJson, sealJson } from '#kit/crypto/envelope.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import type { Locks } from '#kit/locks.ts';
import { takingTurns } from '#kit/turns.ts';
import type { Logger } from '#kit/log.ts';
import { fieldOf, isOneOf, parseWith } from '#kit/guards.ts';
import {
  SUBJECT_RIGHTS_ANSWERS,
  type LocateProbe,
  type SubjectChoice,
  type SubjectExport,
  type SubjectInventory,
  type SubjectRights,
} from '#kit/subjectRights.ts';
import { SubjectRightsError } from '#kit/subjectRightsClient.ts';
import { CONTRACT_SUBGRAPHS, type ContractSubgraph, type PrivacyConfig } from '../config.ts';
import type { PrivacyRequestDoc, RequestStep } from '../models/PrivacyRequest.ts';
import { buildExport, type ExportDocument } from './exportDocument.ts';
import { DELIVERY, type TransferService } from './transfers.ts';
import type { RequestStore } from '../store/requestStore.ts';
import { closedKey, isClosed, requestCompletedEvent, requestNearDeadlineEvent } from '../domain/requests.ts';
import { sha256Of, signReceipt } from './receipts.ts';

/** The contract as the orchestrator sees it: the four remote subgraphs, and privacy itself. */
export type Contracts = Record<
  ContractSubgraph | 'privacy',
  Omit<SubjectRights, 'recordChoice'> & {
    recordChoice?(subjectId: string, choice: SubjectChoice, provenance?: Provenance): Promise<{ recorded: boolean }>;
  }
>;
export type ContractName = keyof Contracts;

/** Every contract privacy asks, in a stable order: the four remote subgraphs and privacy itself. */
export const CONTRACT_NAMES: readonly ContractName[] = [...CONTRACT_SUBGRAPHS, 'privacy' as const].sort((a, b) => a.localeCompare(b));

export const isContractName = (name: string): name is ContractName => isOneOf(CONTRACT_NAMES, name);

/** What an inventory step keeps of its answer. */
const INVENTORY_SUMMARY = SUBJECT_RIGHTS_ANSWERS.inventory.pick({ holds: true, recipients: true });

const ORCHESTRATOR: Provenance['source'] = 'privacy-orchestrator';
/**
 * Whom a request is about: the subject and the profiles merged into it (known once identity's
 * export ran; identity's own contract already answers for the whole cluster).
 */
const subjectsOf = (request: PrivacyRequestDoc, subgraph: string) =>
  subgraph !== 'identity' && request.clusterIds?.length ? request.clusterIds : [request.subjectId];

/** The profiles identity's export names: the subject first, then every profile merged into it. */
const clusterOf = (subject: string, exported: SubjectExport) => [
  ...new Set([
    subject,
    ...(exported.records.profiles ?? []).flatMap((p) => {
      const id = fieldOf(p, 'id');
      return typeof id === 'string' ? [id] : [];
    }),
  ]),
];

/**
 * What identifies the subject in identity's exported profiles, read value by value: verified
 * contact points (an unverified one could be anyone's, and finds nobody) and source identifiers.
 */
function identifyingValues(exported: SubjectExport): LocateProbe {
  const profiles = exported.records.profiles ?? [];
  const verified = (points: unknown) =>
    (Array.isArray(points) ? points : []).flatMap((point) => {
      const value = fieldOf(point, 'value');
      return fieldOf(point, 'verified') === true && typeof value === 'string' ? [value] : [];
    });
  const identifiers = (listed: unknown) =>
    (Array.isArray(listed) ? listed : []).flatMap((identifier) => {
      const [source, id] = [fieldOf(identifier, 'source'), fieldOf(identifier, 'id')];
      return typeof source === 'string' && typeof id === 'string' ? [{ source, id }] : [];
    });
  return {
    emails: profiles.flatMap((p) => verified(fieldOf(p, 'emails'))),
    phones: profiles.flatMap((p) => verified(fieldOf(p, 'phones'))),
    identifiers: profiles.flatMap((p) => identifiers(fieldOf(p, 'identifiers'))),
  };
}

/** Several exports of one subgraph (one per profile of the cluster) as one. */
function mergedExports(exports: SubjectExport[]): SubjectExport {
  const records: SubjectExport['records'] = {};
  for (const part of exports) for (const [collection, rows] of Object.entries(part.records)) (records[collection] ??= []).push(...rows);
  return { ...exports[0]!, records };
}

/** Several inventories of one subgraph as one: counts added per collection, recipients joined. */
function mergedInventories(inventories: SubjectInventory[]): SubjectInventory {
  const holds = new Map<string, SubjectInventory['holds'][number]>();
  for (const hold of inventories.flatMap((i) => i.holds)) {
    const held = holds.get(hold.collection);
    holds.set(hold.collection, held ? { ...held, count: held.count + hold.count } : { ...hold });
  }

  const recipients = [...new Set(inventories.flatMap((i) => i.recipients ?? []))].sort();
  return { ...inventories[0]!, holds: [...holds.values()], ...(recipients.length ? { recipients } : {}) };
}
const aad = (requestId: string, what: string) => `privacy|${requestId}|${what}`;

type OrchestratorConfig = Pick<PrivacyConfig, 'retryBaseMs' | 'retryMaxMs' | 'receiptKey' | 'receiptPublicKey' | 'nearDeadlineDays'>;

/**
 * Works requests off, one step at a time, persisting each step's outcome before the next: a
 * restart resumes at the first step not marked done. Every contract operation is idempotent, so a
 * step interrupted after it ran but before it was recorded runs again with the same result.
 * Failures retry with exponential backoff; a request completes only when every step is done.
 */
export class Orchestrator {
  readonly #requests: RequestStore;
  readonly #keys: SubjectKeyStore;
  readonly #contracts: Contracts;
  readonly #config: OrchestratorConfig;
  readonly #log: Logger;
  readonly #writes: Locks;
  readonly #transfers: TransferService;
  #worker: ReturnType<typeof takingTurns> | undefined;

  constructor({
    requests,
    keys,
    contracts,
    config,
    log,
    writes,
    transfers,
  }: {
    requests: RequestStore;
    keys: SubjectKeyStore;
    contracts: Contracts;
    /** Where a portable export goes when the customer asked for it to be sent to another controller. */
    transfers: TransferService;
    /** The per-request write queue, shared with the request service and the outbox relay. */
    writes: Locks;
    config: OrchestratorConfig;
    log: Logger;
  }) {
    this.#requests = requests;
    this.#keys = keys;
    this.#contracts = contracts;
    this.#config = config;
    this.#log = log;
    this.#writes = writes;
    this.#transfers = transfers;
  }

  /** Runs until every due step of this request is done or waiting for a retry (tests and synchronous callers). */
  async drain(id: string, rounds = 10): Promise<void> {
    for (let i = 0; i < rounds; i += 1) await this.#writes.run(id, () => this.#advance(id));
  }

  /** Ticks every `intervalMs` in whichever replica holds the orchestrator's lease at the time. */
  start(intervalMs: number) {
    this.#worker = takingTurns({
      connection: this.#requests.connection,
      name: 'orchestrator',
      intervalMs,
      turn: () => this.tick(),
      onError: (error) => this.#log.error('privacy orchestrator tick failed', error),
    });
    this.#worker.start({ immediately: false });
  }

  /** Stops ticking and waits for the tick in flight, so the database is not closed under it. */
  async stop() {
    await this.#worker?.stop();
  }

  #backoff(attempts: number) {
    return Math.min(this.#config.retryBaseMs * 2 ** (attempts - 1), this.#config.retryMaxMs);
  }

  #save(id: string, set: Partial<PrivacyRequestDoc>) {
    return this.#requests.update(id, { $set: set });
  }

  async #runStep(request: PrivacyRequestDoc, step: RequestStep): Promise<Partial<RequestStep>> {
    const name = step.subgraph;
    if (!isContractName(name))
      throw new SubjectRightsError(`the step names ${name}, which has no subject-rights contract`, true, undefined);
    const contract = this.#contracts[name];
    const subject = request.subjectId;
    switch (step.operation) {
      case 'export': {
        const exports = [];
        for (const id of subjectsOf(request, step.subgraph)) exports.push(await contract.export(id));
        const exported = mergedExports(exports);
        const key = await this.#keys.ensureKey(subject);
        if (request.type === 'ERASURE') {
          // Only what identifies the subject, kept sealed to check afterwards that nobody can find them by it.
          const probe = identifyingValues(exported);
          // The profiles merged into this one are the same person: their data in every subgraph goes too.
          const clusterIds = clusterOf(subject, exported);
          await this.#save(request._id, { captureSealed: sealJson(key, probe, aad(request._id, 'capture')), clusterIds });
          return {
            summary: {
              captured: (probe.emails?.length ?? 0) + (probe.phones?.length ?? 0) + (probe.identifiers?.length ?? 0),
              profiles: clusterIds.length,
            },
          };
        }
        if (step.subgraph === 'identity') await this.#save(request._id, { clusterIds: clusterOf(subject, exported) });
        return {
          sealedResult: sealJson(key, exported, aad(request._id, `${step.subgraph}.export`)),
          summary: { collections: Object.keys(exported.records).length },
        };
      }
      case 'inventory': {
        const inventories = [];
        for (const id of subjectsOf(request, step.subgraph)) inventories.push(await contract.inventory(id));
        const inventory = mergedInventories(inventories);
        if (request.type === 'ERASURE') {
          const { holds } = inventory;
          if (holds.length) throw new Error(`${step.subgraph} still holds ${holds.map((h) => `${h.count} in ${h.collection}`).join(', ')}`);
          return { summary: { holds: [] } };
        }
        // Recipients are subscriber ids (no personal data): kept in the step summary like the holdings.
        return { summary: { holds: inventory.holds, ...(inventory.recipients?.length ? { recipients: inventory.recipients } : {}) } };
      }
      case 'locate': {
        const key = (await this.#keys.keysFor([subject])).get(subject);
        const probe = key && request.captureSealed ? openJson<LocateProbe>(key, request.captureSealed, aad(request._id, 'capture')) : {};
        const found = (await contract.locate?.(probe)) ?? [];
        if (found.length)
          throw new Error(`${step.subgraph} still finds ${found.length} profile(s) by the erased subject's identifying values`);
        return {
          summary: { found: 0, probed: (probe.emails?.length ?? 0) + (probe.phones?.length ?? 0) + (probe.identifiers?.length ?? 0) },
        };
      }
      case 'erase': {
        // One after another, each idempotent: a retry after a failure part-way erases what is left.
        const removed: Record<string, number> = {};
        for (const id of subjectsOf(request, step.subgraph)) {
          for (const [collection, count] of Object.entries((await contract.erase(id)).removed)) {
            removed[collection] = (removed[collection] ?? 0) + count;
          }
        }
        return { summary: { removed } };
      }
      case 'recordChoice': {
        const choice =
          request.type === 'OBJECTION'
            ? { kind: 'objection' as const, purpose: request.purpose ?? '' }
            : { kind: 'automated-decisions' as const };
        if (!contract.recordChoice) throw new Error(`${step.subgraph} does not hold customer choices`);
        await contract.recordChoice(subject, choice, { source: ORCHESTRATOR, channel: 'internal', actor: null, at: new Date() });
        return { summary: { recorded: choice.kind } };
      }
      case 'transfer': {
        if (!request.transferTo) throw new SubjectRightsError('the request names no destination', true, undefined);
        const document = await this.#assembleExport(request, new Date());
        const delivery = await this.#transfers.deliver(request.transferTo, request._id, document);
        // What was sent is what the customer downloads too: kept sealed until the request completes.
        const key = await this.#keys.ensureKey(subject);
        return { sealedResult: sealJson(key, document, aad(request._id, 'transfer')), summary: { ...delivery } };
      }
      case 'restrict': {
        const state = await contract.restrict(subject, true, { source: ORCHESTRATOR, channel: 'internal', actor: null, at: new Date() });
        if (!state.restricted) throw new Error(`${step.subgraph} did not confirm the restriction`);
        return { summary: { restricted: true } };
      }
      case 'lift': {
        // Approved by staff, who are the actor of record for the lift (their decision, Art. 18(3)).
        const by = request.resolution?.by;
        const state = await contract.restrict(subject, false, {
          source: ORCHESTRATOR,
          channel: 'internal',
          actor: by?.actor ?? null,
          at: new Date(),
        });
        if (state.restricted) throw new Error(`${step.subgraph} did not confirm the lift`);
        return { summary: { restricted: false } };
      }
    }
  }

  /** The export document from what every export and inventory step gathered (sealed in the steps until now). */
  async #assembleExport(request: PrivacyRequestDoc, now: Date): Promise<ExportDocument> {
    const key = await this.#keys.ensureKey(request.subjectId);
    const parts: Record<string, { export: SubjectExport; inventory: SubjectInventory }> = {};
    for (const step of request.steps) {
      const part = (parts[step.subgraph] ??= {
        export: { subgraph: step.subgraph, subjectId: request.subjectId, generatedAt: now.toISOString(), records: {} },
        inventory: { subgraph: step.subgraph, subjectId: request.subjectId, holds: [] },
      });
      if (step.operation === 'export' && step.sealedResult)
        part.export = openJson<SubjectExport>(key, step.sealedResult, aad(request._id, `${step.subgraph}.export`));
      if (step.operation === 'inventory') {
        // The summary the inventory step stored (from an answer checked when it came).
        const summary = parseWith(INVENTORY_SUMMARY, step.summary ?? {});
        part.inventory.holds = summary.ok ? summary.value.holds : [];
        part.inventory.recipients = summary.ok ? (summary.value.recipients ?? []) : [];
      }
    }
    return buildExport(request._id, request.subjectId, parts, now);
  }

  async #finalize(request: PrivacyRequestDoc, now: Date): Promise<Partial<PrivacyRequestDoc>> {
    // The event for downstream systems goes in the same write as the completion (the outbox).
    const done: Partial<PrivacyRequestDoc> = {
      status: 'COMPLETED',
      completedAt: now,
      openKey: closedKey(request._id),
      nextRunAt: null,
      outbox: [...(request.outbox ?? []), requestCompletedEvent(request, now)],
    };
    if (request.type === 'ACCESS' || request.type === 'PORTABILITY') {
      const key = await this.#keys.ensureKey(request.subjectId);
      const transfer = request.steps.find((s) => s.operation === 'transfer');
      const document = transfer?.sealedResult
        ? openJson<ExportDocument>(key, transfer.sealedResult, aad(request._id, 'transfer'))
        : await this.#assembleExport(request, now);
      const delivery = transfer ? parseWith(DELIVERY, transfer.summary ?? {}) : null;
      return {
        ...done,
        exportSealed: sealJson(key, document, aad(request._id, 'export')),
        steps: request.steps.map((s) => ({ ...s, sealedResult: null })),
        ...(delivery?.ok
          ? {
              receipt: signReceipt(
                {
                  requestId: request._id,
                  type: 'TRANSFER' as const,
                  destination: delivery.value.destination,
                  url: delivery.value.url,
                  deliveredAt: delivery.value.deliveredAt,
                  documentSha256: delivery.value.documentSha256,
                  reference: delivery.value.reference,
                },
                this.#config.receiptKey,
                this.#config.receiptPublicKey,
              ),
            }
          : {}),
      };
    }
    if (request.type === 'ERASURE') {
      const subgraphs = [...new Set(request.steps.map((s) => s.subgraph))].sort();
      const report = request.steps
        .filter((s) => s.phase === 3)
        .map((s) => ({ subgraph: s.subgraph, operation: s.operation, summary: s.summary }));
      const receipt = signReceipt(
        { requestId: request._id, type: 'ERASURE', subgraphs, completedAt: now.toISOString(), verificationSha256: sha256Of(report) },
        this.#config.receiptKey,
        this.#config.receiptPublicKey,
      );
      // What the law requires stays (the request, its dates, the receipt); what identified the
      // subject goes: their key in this subgraph is shredded, sealed captures and exports with it.
      await this.#keys.destroy(request.subjectId);
      await this.#requests.clearSealedOf(request.subjectId);
      return { ...done, receipt, captureSealed: null };
    }
    return done;
  }

  async #reject(request: PrivacyRequestDoc, steps: RequestStep[], note: string, now: Date): Promise<void> {
    await this.#requests.update(request._id, {
      $set: {
        // What the steps gathered is of no use to anyone now: it goes with the request's end.
        steps: steps.map((s) => ({ ...s, sealedResult: null })),
        status: 'REJECTED',
        openKey: closedKey(request._id),
        nextRunAt: null,
        completedAt: now,
        resolution: { note, by: { source: 'privacy-orchestrator', channel: 'internal', actor: null, at: now } },
      },
      $push: { events: { type: 'REQUEST_REJECTED', at: now } },
    });
  }

  async #advance(id: string, now = new Date()): Promise<void> {
    const request = await this.#requests.get(id);
    if (!request || isClosed(request)) return;
    if (!request.steps.length) return this.#save(id, { nextRunAt: null }).then(() => undefined);
    const steps = request.steps.map((s) => ({ ...s }));
    const phase = Math.min(...steps.filter((s) => s.status !== 'DONE').map((s) => s.phase));
    if (phase === Infinity) {
      await this.#save(id, await this.#finalize({ ...request, steps }, now));
      this.#log.info('privacy request completed', { requestId: id, type: request.type });
      return;
    }
    for (const step of steps.filter((s) => s.phase === phase && s.status !== 'DONE' && s.nextAttemptAt <= now)) {
      try {
        Object.assign(step, await this.#runStep({ ...request, steps }, step), {
          status: 'DONE',
          doneAt: new Date(),
          lastError: null,
          attempts: step.attempts + 1,
        });
      } catch (error) {
        step.attempts += 1;
        step.lastError = error instanceof SubjectRightsError ? error.message.slice(0, 300) : 'the step failed; will retry';
        if (error instanceof SubjectRightsError && error.permanent) {
          // No retry changes a refusal: the request is rejected with the reason, at once.
          this.#log.warn('privacy request refused by a subgraph; rejected', { requestId: id, subgraph: step.subgraph, code: error.code });
          await this.#reject(request, steps, `This request cannot be carried out: ${error.message.replace(/\.+$/, '')}.`, now);
          return;
        }
        step.nextAttemptAt = new Date(Date.now() + this.#backoff(step.attempts));
        this.#log.warn('privacy request step failed; will retry', {
          requestId: id,
          subgraph: step.subgraph,
          operation: step.operation,
          attempts: step.attempts,
          // The kind of failure only: a message may quote what the step was working on.
          cause: error instanceof Error ? error.name : typeof error,
        });
      }
      // Persist after every step: a crash loses at most the step in flight, which is idempotent.
      await this.#save(id, { steps, status: 'IN_PROGRESS' });
      const fresh = await this.#requests.fieldsOf(id, ['captureSealed', 'clusterIds']);
      request.captureSealed = fresh?.captureSealed ?? null;
      request.clusterIds = fresh?.clusterIds ?? null;
    }
    const pending = steps.filter((s) => s.status !== 'DONE');
    const phaseDone = !pending.some((s) => s.phase === phase);
    const nextRunAt = phaseDone
      ? new Date()
      : new Date(Math.min(...pending.filter((s) => s.phase === phase).map((s) => s.nextAttemptAt.getTime())));
    await this.#save(id, { nextRunAt });
  }

  async #flagNearDeadlines(now: Date): Promise<void> {
    const horizon = new Date(now.getTime() + this.#config.nearDeadlineDays * 86_400_000);
    const open = await this.#requests.open<Pick<PrivacyRequestDoc, '_id' | 'subjectId' | 'type' | 'dueAt' | 'nearDeadlineAt'>>({
      _id: 1,
      subjectId: 1,
      type: 1,
      dueAt: 1,
      nearDeadlineAt: 1,
    });
    const near = open.filter((r) => r.dueAt <= horizon && !r.nearDeadlineAt);
    for (const request of near) {
      await this.#writes.run(request._id, () =>
        this.#requests.flagNearDeadline(request._id, {
          $set: { nearDeadlineAt: now },
          $push: { events: { type: 'REQUEST_NEAR_DEADLINE', at: now }, outbox: requestNearDeadlineEvent(request, now) },
        }),
      );
      this.#log.warn('privacy request near its deadline', { requestId: request._id });
    }
  }

  /** Advances every request that is due, each at most one phase per tick. */
  async tick(now = new Date()): Promise<void> {
    const due = (await this.#requests.open<Pick<PrivacyRequestDoc, '_id' | 'nextRunAt'>>({ _id: 1, nextRunAt: 1 }))
      .filter((r): r is typeof r & { nextRunAt: Date } => Boolean(r.nextRunAt && r.nextRunAt <= now))
      .sort((a, b) => a.nextRunAt.getTime() - b.nextRunAt.getTime())
      .slice(0, 20);
    for (const { _id } of due) await this.#writes.run(_id, () => this.#advance(_id));
    await this.#flagNearDeadlines(now);
  }
}
