import { readInteger, readSubgraphOrigin, type Env } from './config.ts';
import { ErrorCode, LivingProfileError, notFound } from './errors.ts';
import type { SubjectRights } from './subjectRights.ts';
import { postSigned, type Viewer } from './viewer.ts';
import { z } from 'zod';
import { parseWith } from './guards.ts';

/** What identity holds under a profile id. An id it has never held has no state. */
export const PROFILE_STATES = ['ACTIVE', 'RESTRICTED', 'MERGED', 'ERASED'] as const;
export type ProfileState = (typeof PROFILE_STATES)[number];

/** What `POST /internal/profiles` answers: the state of each id identity holds. */
const profileStatesAnswer = z.object({ profiles: z.record(z.string(), z.enum(PROFILE_STATES)) });
/** What it answers when asked to include each profile's locale. */
const profileLocalesAnswer = z.object({ locales: z.record(z.string(), z.string()) });

/** Whether a write may name a profile in this state: one identity holds and has not erased. */
export const isWritable = (state: ProfileState | undefined): state is Exclude<ProfileState, 'ERASED'> =>
  state !== undefined && state !== 'ERASED';

export const profileNotFound = (id: string) => notFound(`Profile ${JSON.stringify(id.slice(0, 100))}`);

/** Identity answers at most this many ids per call. */
export const MAX_PROFILE_IDS_PER_CALL = 1000;

/**
 * Whether a profile a write names exists, asked of identity (the one source of truth for profile
 * ids) so that consent, preference, offer and privacy never store data about a profile nobody
 * has. The answer is remembered: a profile that exists keeps existing until it is erased, so a
 * replica asks about an id once per `ttlMs`, and an erased one once (erasure is final). Ids
 * asked for in the same tick go together in one call.
 */
export interface ProfileDirectory {
  /** Throws NOT_FOUND for the first id identity does not hold as a profile (never held, or erased). */
  assertExists(ids: string | readonly string[]): Promise<void>;
  /** The state of each id (missing: identity has never held it). */
  states(ids: readonly string[]): Promise<Map<string, ProfileState>>;
  /**
   * The locale (BCP 47) each of these profiles holds, to write to them in their language; ids
   * without one are missing. Asked each time (a customer changes it), in calls of at most
   * MAX_PROFILE_IDS_PER_CALL ids; only the language crosses, no other personal data.
   */
  locales(ids: readonly string[]): Promise<Map<string, string>>;
  /** Drops what this replica remembers about these ids (the subject was just erased here). */
  forget(ids: readonly string[]): void;
  /** Prometheus series: calls made to identity, ids answered from memory. */
  metrics(): string[];
}

export interface ProfileDirectoryConfig {
  /** Origin of the identity subgraph, which answers `POST /internal/profiles`. */
  identityUrl: string;
  ttlMs: number;
  maxEntries: number;
}

/** SUBGRAPH_IDENTITY_URL (default: identity's default port on this host), PROFILE_CACHE_TTL_MS, PROFILE_CACHE_MAX_ENTRIES. */
export function loadProfileDirectoryConfig(env: Env = process.env): ProfileDirectoryConfig {
  return {
    identityUrl: readSubgraphOrigin(env, 'SUBGRAPH_IDENTITY_URL', 'http://127.0.0.1:4001/graphql'),
    ttlMs: readInteger(env, 'PROFILE_CACHE_TTL_MS', 60_000, { min: 0 }),
    maxEntries: readInteger(env, 'PROFILE_CACHE_MAX_ENTRIES', 100_000, { min: 1 }),
  };
}

const unavailable = () =>
  new LivingProfileError(
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    'The profile this names could not be checked because the identity service is unavailable; nothing was changed. Try again shortly.',
  );

/**
 * The directory as subgraph `name` asks identity, signed as a `system` viewer with the `profiles`
 * scope. Several replicas each keep their own memory; nothing here needs them to agree.
 */
export function profileDirectory(config: ProfileDirectoryConfig, signingKey: string, name: string): ProfileDirectory {
  const caller: Viewer = { subject: null, roles: ['system'], scopes: ['profiles'], clientId: name, channel: 'internal' };
  /** Insertion-ordered, so the oldest entry is the first to go when full. */
  const remembered = new Map<string, { state: ProfileState; until: number }>();
  let pending: Map<string, { resolve: (s: ProfileState | undefined) => void; reject: (e: unknown) => void }[]> | undefined;
  let lookups = 0;
  let remembers = 0;

  /** One call to identity's directory, its answer checked against `shape`. */
  async function post<T>(body: { ids: string[]; include?: string[] }, shape: z.ZodType<T>): Promise<T> {
    let response: Response;
    try {
      response = await postSigned(config.identityUrl, '/internal/profiles', caller, signingKey, body, 5000);
    } catch {
      throw unavailable();
    }
    lookups += 1;
    if (!response.ok) throw unavailable();
    // An answer of another shape (identity of another version mid-rollout) checks nothing.
    const answer = parseWith(shape, await response.json().catch(() => null));
    if (!answer.ok) throw unavailable();
    return answer.value;
  }

  const ask = async (ids: string[]): Promise<Record<string, ProfileState>> => (await post({ ids }, profileStatesAnswer)).profiles;

  function remember(id: string, state: ProfileState) {
    remembered.delete(id);
    // Erasure is final; anything else is asked again after the TTL (it may be erased meanwhile).
    remembered.set(id, { state, until: state === 'ERASED' ? Infinity : Date.now() + config.ttlMs });
    if (remembered.size > config.maxEntries) remembered.delete(remembered.keys().next().value!);
  }

  /** Sends every id asked for in this tick in calls of at most MAX_PROFILE_IDS_PER_CALL. */
  async function flush(batch: NonNullable<typeof pending>) {
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += MAX_PROFILE_IDS_PER_CALL) {
      const part = ids.slice(i, i + MAX_PROFILE_IDS_PER_CALL);
      try {
        const found = await ask(part);
        for (const id of part) {
          const state = found[id];
          if (state) remember(id, state);
          for (const waiter of batch.get(id)!) waiter.resolve(state);
        }
      } catch (error) {
        for (const id of part) for (const waiter of batch.get(id)!) waiter.reject(error);
      }
    }
  }

  function stateOf(id: string): Promise<ProfileState | undefined> {
    const known = remembered.get(id);
    if (known && known.until > Date.now()) {
      remembers += 1;
      return Promise.resolve(known.state);
    }
    if (!pending) {
      pending = new Map();
      const batch = pending;
      queueMicrotask(() => {
        pending = undefined;
        void flush(batch);
      });
    }
    return new Promise((resolve, reject) => {
      const waiters = pending!.get(id) ?? [];
      waiters.push({ resolve, reject });
      pending!.set(id, waiters);
    });
  }

  const directory: ProfileDirectory = {
    async states(ids) {
      const unique = [...new Set(ids)];
      const states = await Promise.all(unique.map(stateOf));
      return new Map(unique.flatMap((id, i) => (states[i] ? [[id, states[i]] as const] : [])));
    },
    async assertExists(ids) {
      const list = typeof ids === 'string' ? [ids] : ids;
      const states = await directory.states(list);
      const missing = list.find((id) => !isWritable(states.get(id)));
      if (missing !== undefined) throw profileNotFound(missing);
    },
    async locales(ids) {
      const unique = [...new Set(ids)];
      const found = new Map<string, string>();
      for (let i = 0; i < unique.length; i += MAX_PROFILE_IDS_PER_CALL) {
        const part = unique.slice(i, i + MAX_PROFILE_IDS_PER_CALL);
        const { locales } = await post({ ids: part, include: ['locale'] }, profileLocalesAnswer);
        for (const [id, locale] of Object.entries(locales)) found.set(id, locale);
      }
      return found;
    },
    forget(ids) {
      for (const id of ids) remembered.delete(id);
    },
    metrics: () => [
      '# HELP living_profile_profile_lookups_total Calls to identity asking which profiles exist.',
      '# TYPE living_profile_profile_lookups_total counter',
      `living_profile_profile_lookups_total{subgraph="${name}"} ${lookups}`,
      '# HELP living_profile_profile_lookups_remembered_total Profile references answered from memory, without a call.',
      '# TYPE living_profile_profile_lookups_remembered_total counter',
      `living_profile_profile_lookups_remembered_total{subgraph="${name}"} ${remembers}`,
    ],
  };
  return directory;
}

/** A subgraph's contract whose erasure also makes this replica forget the subject, so that its next write is asked about again (and refused). */
export const forgettingOnErasure = (rights: SubjectRights, directory: ProfileDirectory | undefined): SubjectRights =>
  directory
    ? {
        ...rights,
        async erase(subjectId) {
          const report = await rights.erase(subjectId);
          directory.forget([subjectId]);
          return report;
        },
      }
    : rights;
