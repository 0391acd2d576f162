import { isKey } from './slugs.ts';
import { ErrorCode, LivingProfileError } from './errors.ts';
import { hasRole, postSigned, type Viewer } from './viewer.ts';
import { z } from 'zod';
import { parseWith } from './guards.ts';

/**
 * Disclosure to third parties. A partner client is registered for purposes (declared next to its
 * persisted-operation manifest, signed into its viewer by the gateway); it reads a customer's
 * profile only while consent's `mayProcess` allows one of them for that customer.
 */
export interface RegisteredPurpose {
  purpose: string;
  /** The consent channel the purpose is asked on (PARTNER for partner sharing). */
  channel: string;
}

/** A subject and the profiles merged into it (their choices count together, as in `mayProcess`). */
export interface PermissionSubject {
  id: string;
  mergedIds: string[];
}

export interface PermissionVerdict {
  allowed: boolean;
  /** The purpose that allowed it, or the first one asked that refused. */
  purpose: string;
  channel: string;
  code: string;
  reason: string;
}

/** Calls at most this many subjects at once. */
export const MAX_PERMISSION_SUBJECTS = 500;

const registeredPurpose: z.ZodType<RegisteredPurpose> = z.object({
  purpose: z.string().refine(isKey),
  channel: z.string().regex(/^[A-Z_]{1,32}$/),
});

const permissionSubject: z.ZodType<PermissionSubject> = z.object({ id: z.string(), mergedIds: z.array(z.string()) });

/** What `POST /internal/permissions` takes. */
export const permissionQuestion = z.object({
  subjects: z.array(permissionSubject).max(MAX_PERMISSION_SUBJECTS),
  purposes: z.unknown(),
});

/** What it answers: a verdict per subject id. */
const permissionAnswer = z.object({
  verdicts: z.record(
    z.string(),
    z.object({ allowed: z.boolean(), purpose: z.string(), channel: z.string(), code: z.string(), reason: z.string() }),
  ),
});

/** A caller whose every read of a customer is a disclosure gated by its registered purposes. */
export const isThirdParty = (viewer: Viewer) => hasRole(viewer, 'partner') && !hasRole(viewer, 'admin', 'agent', 'system', 'analyst');

/**
 * CONSENT_REQUIRED: the customer has not allowed what this client is registered for. The subject
 * id rides along for the gateway's access log (the customer sees the refusal there) and is removed
 * before the response leaves.
 */
export const consentRequired = (subjectId: string, verdict: Pick<PermissionVerdict, 'purpose' | 'channel' | 'code' | 'reason'>) =>
  new LivingProfileError(
    ErrorCode.CONSENT_REQUIRED,
    `This customer has not allowed ${verdict.purpose} on ${verdict.channel}: ${verdict.reason}`,
    { purpose: verdict.purpose, channel: verdict.channel, reason: verdict.code, subjectId },
  );

const UNCHECKED =
  'Whether this customer allows the disclosure could not be checked (the consent service is unavailable), so nothing is disclosed. Try again shortly.';

/** Consent's `POST /internal/permissions`, as subgraph `name` asks it (signed, `permissions` scope). */
export function permissionClient(consentUrl: string, signingKey: string, name: string) {
  const caller: Viewer = { subject: null, roles: ['system'], scopes: ['permissions'], clientId: name, channel: 'internal' };
  return {
    async verdicts(subjects: PermissionSubject[], purposes: RegisteredPurpose[]): Promise<Record<string, PermissionVerdict>> {
      let response: Response;
      try {
        response = await postSigned(consentUrl, '/internal/permissions', caller, signingKey, { subjects, purposes }, 5000);
      } catch {
        response = new Response(null, { status: 503 });
      }
      if (!response.ok) {
        throw new LivingProfileError(ErrorCode.SUBGRAPH_UNAVAILABLE, UNCHECKED);
      }
      // An answer of another shape (a replica of another version) is no answer: nothing is disclosed.
      const answer = parseWith(permissionAnswer, await response.json().catch(() => null));
      if (!answer.ok) throw new LivingProfileError(ErrorCode.SUBGRAPH_UNAVAILABLE, UNCHECKED);
      return answer.value.verdicts;
    },
  };
}

export type PermissionClient = ReturnType<typeof permissionClient>;

/** A registered purpose list as it arrives in a signed viewer or a config file, or a message saying what is wrong. */
export function checkRegisteredPurposes(value: unknown): RegisteredPurpose[] | string {
  if (!Array.isArray(value) || value.length === 0) return 'purposes must be a non-empty list of { "purpose", "channel" }';
  const checked = parseWith(z.array(registeredPurpose), value);
  return checked.ok
    ? checked.value
    : 'each purpose is { "purpose": a purpose key such as "partner-sharing", "channel": a consent channel such as "PARTNER" }';
}
