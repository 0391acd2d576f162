// Use cases that ask every subgraph's subject-rights contract at once and answer from what they
// say together: the subject's transparency view, lifting a restriction, a breach's reach.
import { assertRole, provenanceOf } from '#kit/authorize.ts';
import { badUserInput } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { Viewer } from '#kit/viewer.ts';
import type { AccessAuditService } from './accessAudit.ts';
import type { RequestService } from './requestService.ts';
import { subscribersOf } from './exportDocument.ts';
import { CONTRACT_NAMES, isContractName, type Contracts } from './orchestrator.ts';

/**
 * What is held about the subject, why, where it came from and who read it (Art. 13–15), asked of
 * every contract now, so the answer is what is held, not what was planned.
 */
export async function transparencyOf(contracts: Contracts, audit: AccessAuditService, subjectId: string) {
  const inventories = await Promise.all(CONTRACT_NAMES.map((name) => contracts[name].inventory(subjectId)));
  const holdings = inventories.flatMap((inventory) =>
    inventory.holds.map((hold) => ({ subgraph: inventory.subgraph, retention: null, ...hold })),
  );
  // Where it came from, as each subgraph's inventory reads it from the provenance it keeps.
  const sources = [...new Set(inventories.flatMap((inventory) => inventory.sources ?? []))].sort();
  const recipients = [...(await audit.recipientsOf(subjectId)), ...subscribersOf(inventories)];
  const categories = [...new Set(holdings.flatMap((h) => h.categories))];
  const purposes = [...new Set(holdings.flatMap((h) => h.purposes))];
  // What each subgraph's retention sweep did when a period ended, newest first.
  const expired = inventories
    .flatMap((inventory) => (inventory.expired ?? []).map((e) => ({ subgraph: inventory.subgraph, ...e, at: new Date(e.at) })))
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const ended = expired.length ? `When their time was up we ${[...new Set(expired.map(endedSentence))].join('; ')}.` : null;
  const summary = holdings.length
    ? [
        `We hold ${categories.join(', ')}.`,
        `We use it for: ${purposes.join('; ')}.`,
        `It came from: ${sources.join(', ') || 'you'}.`,
        `Who read it besides you: ${recipients.join(', ') || 'nobody'}.`,
        `How long: ${[...new Set(holdings.map((h) => h.retention).filter(Boolean))].join(' ')}`,
        ...(ended ? [ended] : []),
      ].join(' ')
    : (ended ?? 'We hold no personal data about you.');
  return { holdings, sources, recipients, recipientsTracked: true, summary, expired, generatedAt: new Date() };
}

/** One retention action in plain words: "deleted why each offer was chosen for you (3 records, kept 395d)". */
function endedSentence(e: { action: string; count: number; description: string; period: string }) {
  const what = `${e.description.charAt(0).toLowerCase()}${e.description.slice(1)}`;
  return `${e.action === 'ERASED' ? 'deleted' : 'anonymised'} ${what} (${e.count} ${e.count === 1 ? 'record' : 'records'}, kept ${e.period})`;
}

/**
 * Lifts the subject's restriction of processing in every subgraph (staff, with the reason the
 * customer is told). One that cannot be reached is named in `failed` (and logged), and the call can
 * be made again: lifting is idempotent. Lifted everywhere, it grants the customer's own request to
 * lift it, if one waits.
 */
export async function liftRestriction(
  {
    contracts,
    log,
    directory,
    requests,
  }: { contracts: Contracts; log: Logger; directory?: ProfileDirectory | undefined; requests: Pick<RequestService, 'liftGranted'> },
  viewer: Viewer,
  subjectId: string,
  reason: string,
) {
  assertRole(viewer, ['admin', 'agent'], 'Lifting a restriction is for staff.');
  if (!reason.trim()) throw badUserInput('Say why the restriction is lifted (the customer is told).', 'reason');
  await directory?.assertExists(subjectId);
  const provenance = provenanceOf(viewer);
  const results = await Promise.allSettled(CONTRACT_NAMES.map((name) => contracts[name].restrict(subjectId, false, provenance)));
  const failed = CONTRACT_NAMES.filter((_, i) => results[i]!.status === 'rejected');
  if (failed.length) log.warn('restriction not lifted everywhere', { profileId: subjectId, failed });
  else await requests.liftGranted(viewer, subjectId, reason);
  return { lifted: failed.length === 0, confirmed: CONTRACT_NAMES.filter((name) => !failed.includes(name)), failed };
}

/**
 * Breach response (Art. 33/34), for administrators: the subjects who had data written in the
 * window, in the subgraphs named (all, if none), with the categories of data concerned. Ids only:
 * no more personal data than a notification needs.
 */
export async function breachImpact(
  contracts: Contracts,
  viewer: Viewer,
  window: { from: Date; to: Date; collections?: string[] | null; subgraphs?: string[] | null },
) {
  assertRole(viewer, ['admin', 'dpo'], 'Breach response is for administrators and the data protection officer.');
  return impactOf(contracts, window);
}

/**
 * A breach window as the caller gave it, checked (from before to, known subgraphs) and normalised
 * (subgraphs and collections sorted, once each); `field`: where the window is in the input.
 */
export function checkedWindow(window: { from: Date; to: Date; collections?: string[] | null; subgraphs?: string[] | null }, field = '') {
  if (window.from > window.to) throw badUserInput('from must be before to.', `${field}from`);
  const named = [...new Set(window.subgraphs ?? [])].sort();
  const unknown = named.filter((name) => !isContractName(name));
  if (unknown.length) throw badUserInput(`Unknown subgraph(s): ${unknown.join(', ')}.`, `${field}subgraphs`);
  return {
    from: window.from,
    to: window.to,
    subgraphs: named.filter(isContractName),
    collections: [...new Set(window.collections ?? [])].sort(),
  };
}

/** Asks the affected subgraphs which subjects had data written in the window (the register scopes a breach with it). */
export async function impactOf(
  contracts: Contracts,
  given: { from: Date; to: Date; collections?: string[] | null; subgraphs?: string[] | null },
) {
  const window = checkedWindow(given);
  const names = window.subgraphs.length ? window.subgraphs : CONTRACT_NAMES;
  const parts = await Promise.all(
    names.map((name) =>
      contracts[name].affected({
        from: window.from,
        to: window.to,
        ...(window.collections.length ? { collections: window.collections } : {}),
      }),
    ),
  );
  const subjects = [...new Set(parts.flatMap((p) => p.subjects))].sort();
  return {
    from: window.from,
    to: window.to,
    subjects,
    count: subjects.length,
    categories: [...new Set(parts.flatMap((p) => p.categories))].sort(),
    bySubgraph: parts.map((p) => ({ subgraph: p.subgraph, count: p.subjects.length, categories: p.categories })),
  };
}
