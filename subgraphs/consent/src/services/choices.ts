// The customer's choices as callers make them through the graph: who may record, confirm, import
// or read what is decided here, then the ledger service records it. Each function is one use case;
// the resolvers only pass their arguments and shape the answer.
import { assertAdmin, assertCanWrite, assertRole, assertSystemActsAsItself, provenanceOf, type Provenance } from '#kit/authorize.ts';
import { assertImportSize, rejectionOf } from '#kit/batchImport.ts';
import { badUserInput, forbidden } from '#kit/errors.ts';
import { isWritable, profileNotFound } from '#kit/profileDirectory.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';
import type { ConsentContext } from '../context.ts';
import type { DecisionStatus } from '../domain/state.ts';
import type { ConsentChannel } from '../models/Purpose.ts';
import type { PurposeInput } from './catalogueService.ts';
import type { ImportOutcome, ImportRecord, ProofInput } from './consentService.ts';

/** Customers for themselves, agents with a reason, administrators and systems. */
function assertConsentWrite(viewer: Viewer, profileId: string, reason?: string | null) {
  assertCanWrite(viewer, profileId);
  if (hasRole(viewer, 'agent') && !hasRole(viewer, 'admin') && !reason?.trim()) {
    throw badUserInput('Agents must give a reason when they record a customer’s choice.', 'reason');
  }
}

/** Records one of the customer's choices; the request's reads of their ledger are read afresh after it. */
async function changeChoice(
  { viewer, loaders, directory }: ConsentContext,
  profileId: string,
  reason: string | null | undefined,
  write: (provenance: Provenance) => Promise<unknown>,
): Promise<void> {
  assertConsentWrite(viewer, profileId, reason);
  await directory?.assertExists(profileId);
  await write(provenanceOf(viewer));
  loaders.ledger.clear(profileId);
}

/** The catalogue is the company's: administrators keep it. */
export function upsertPurpose({ viewer, catalogue }: ConsentContext, input: PurposeInput) {
  assertAdmin(viewer);
  return catalogue.upsertPurpose(input, provenanceOf(viewer));
}

export function publishNotice({ viewer, catalogue }: ConsentContext, purpose: string, input: { summary: string; url?: string | null }) {
  assertAdmin(viewer);
  return catalogue.publishNotice(purpose, input, provenanceOf(viewer));
}

/**
 * A decision with its proof. Verbal consent is an agent's to record; an unsubscribe link is
 * recorded by presenting it (`unsubscribe`), never as a method someone claims.
 */
export async function recordConsent(
  { viewer, consents, directory }: ConsentContext,
  input: { profileId: string; purpose: string; channel: ConsentChannel; status: DecisionStatus; proof: ProofInput; reason?: string | null },
) {
  assertConsentWrite(viewer, input.profileId, input.reason);
  if (input.proof.method === 'VERBAL' && !hasRole(viewer, 'agent', 'admin')) throw forbidden('Verbal consent is recorded by an agent.');
  if (input.proof.method === 'UNSUBSCRIBE_LINK')
    throw badUserInput('UNSUBSCRIBE_LINK is recorded by presenting the link (unsubscribe).', 'method');
  await directory?.assertExists(input.profileId);
  return consents.recordDecision({ subjectId: input.profileId, ...input }, provenanceOf(viewer));
}

/**
 * The customer's own Global Privacy Control signal, sent by the gateway for a request of theirs
 * that carries `Sec-GPC: 1`: an opt-out of sale and sharing with the signal as proof, recorded
 * once (true when this call recorded it).
 */
export async function honourGlobalPrivacyControl({ viewer, consents, directory, loaders }: ConsentContext, profileId: string) {
  if (!hasRole(viewer, 'customer') || viewer.subject !== profileId)
    throw forbidden('Only the customer records their own Global Privacy Control signal.');
  if (!viewer.gpc) throw badUserInput('This request carries no Global Privacy Control signal (Sec-GPC: 1).');
  await directory?.assertExists(profileId);
  const recorded = await consents.honourGlobalPrivacyControl(profileId, null, provenanceOf(viewer));
  if (recorded) loaders.ledger.clear(profileId);
  return recorded;
}

/** A double opt-in: the token is the proof the customer received it, so only the system that sends it sees it. */
export async function requestConfirmation(
  { viewer, consents, directory }: ConsentContext,
  input: Omit<ProofInput, 'method'> & { profileId: string; purpose: string; channel: ConsentChannel; tokenValidHours: number },
) {
  assertRole(viewer, ['system', 'admin'], 'Double opt-in tokens are issued to the system that sends them.');
  const { profileId, purpose, channel, tokenValidHours, ...proof } = input;
  await directory?.assertExists(profileId);
  return consents.requestConfirmation(
    { subjectId: profileId, purpose, channel, tokenValidHours, proof: { ...proof, method: 'DOUBLE_OPT_IN' } },
    provenanceOf(viewer),
  );
}

/** Whoever holds a double opt-in token may present it: the link in the customer's mailbox is the credential. */
export const confirm = ({ viewer, consents }: ConsentContext, token: string) => consents.confirm(token, {}, provenanceOf(viewer));

/** Like a double opt-in link, an unsubscribe link is the credential; it can only withdraw. */
export async function unsubscribe({ viewer, consents, directory }: ConsentContext, token: string) {
  const scope = consents.unsubscribeScope(token);
  await directory?.assertExists(scope.subjectId);
  return consents.unsubscribe(scope, provenanceOf(viewer));
}

/** Unsubscribe links are made by the systems that send messages. */
export async function unsubscribeTokenFor(
  { viewer, consents, directory }: ConsentContext,
  profileId: string,
  purpose: string,
  channel: ConsentChannel,
) {
  assertRole(viewer, ['system', 'admin'], 'Unsubscribe links are made by the systems that send messages.');
  await directory?.assertExists(profileId);
  return consents.unsubscribeTokenFor(profileId, purpose, channel);
}

export const setObjection = (context: ConsentContext, profileId: string, purpose: string, objected: boolean, reason?: string | null) =>
  changeChoice(context, profileId, reason, (provenance) =>
    context.consents.setObjection(profileId, purpose, objected, reason ?? null, provenance),
  );

export const setAutomatedDecisionOptOut = (context: ConsentContext, profileId: string, optedOut: boolean, reason?: string | null) =>
  changeChoice(context, profileId, reason, (provenance) =>
    context.consents.setFlag(profileId, 'AUTOMATED_DECISIONS', optedOut, reason ?? null, provenance),
  );

/**
 * A source system's decisions (an ESP's unsubscribes, a legacy platform's consents), sent as
 * itself: one outcome per record, in the order sent. Every profile the import names is checked in
 * one call before any record is applied; a record about no profile is rejected as NOT_FOUND.
 */
export async function importConsents(
  { viewer, consents, directory }: ConsentContext,
  source: string,
  records: (Omit<ImportRecord, 'subjectId'> & { profileId: string })[],
): Promise<{ record: (typeof records)[number]; outcome: ImportOutcome }[]> {
  assertSystemActsAsItself(viewer, source, 'import consents');
  assertImportSize(records);
  const profiles = directory && (await directory.states(records.map((r) => r.profileId)));
  const known = records.filter((r) => !profiles || isWritable(profiles.get(r.profileId)));
  const outcomes = await consents.importDecisions(
    source,
    known.map((record) => ({ ...record, subjectId: record.profileId })),
    provenanceOf(viewer),
  );
  const outcomeOf = new Map(known.map((record, i) => [record, outcomes[i]]));
  return records.map((record) => ({
    record,
    outcome: outcomeOf.get(record) ?? { rejected: rejectionOf(profileNotFound(record.profileId)) },
  }));
}
