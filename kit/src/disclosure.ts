import { isKey } from './slugs.ts';
import { ErrorCode, LivingProfileError } from './errors.ts';
import { hasRole, postSigned, type Viewer } from './viewer.ts';

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
        throw new LivingProfileError(
          ErrorCode.SUBGRAPH_UNAVAILABLE,
          'Whether this customer allows the disclosure could not be checked (the consent service is unavailable), so nothing is disclosed. Try again shortly.',
        );
      }
      return ((await response.json()) as { verdicts: Record<string, PermissionVerdict> }).verdicts;
    },
  };
}

export type PermissionClient = ReturnType<typeof permissionClient>;

/** A registered purpose list as it arrives in a signed viewer or a config file, or a message saying what is wrong. */
export function checkRegisteredPurposes(value: unknown): RegisteredPurpose[] | string {
  if (!Array.isArray(value) || value.length === 0) return 'purposes must be a non-empty list of { "purpose", "channel" }';
  for (const item of value) {
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof (item as RegisteredPurpose).purpose !== 'string' ||
      !isKey((item as RegisteredPurpose).purpose) ||
      typeof (item as RegisteredPurpose).channel !== 'string' ||
      !/^[A-Z_]{1,32}$/.test((item as RegisteredPurpose).channel)
    ) {
      return 'each purpose is { "purpose": a purpose key such as "partner-sharing", "channel": a consent channel such as "PARTNER" }';
    }
  }
  return value.map(({ purpose, channel }: RegisteredPurpose) => ({ purpose, channel }));
}
