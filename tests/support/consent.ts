import type { TestStack } from './stack.ts';

/** A minimal purpose catalogue through the gateway: `marketing` (consent) and `newsletter`, each with notice v1. */
export async function ensurePurposes(lp: TestStack, ids: string[] = ['marketing', 'newsletter']): Promise<void> {
  for (const id of ids) {
    const upsert = await lp.query('mutation($input: PurposeInput!) { upsertPurpose(input: $input) { currentNotice { version } } }', {
      input: { id, name: id, description: `${id} messages`, legalBasis: 'CONSENT', refusable: true },
    });
    if (upsert.errors) throw new Error(JSON.stringify(upsert.errors));
    if (!upsert.data!.upsertPurpose.currentNotice) {
      await lp.query('mutation($p: ID!) { publishNotice(purpose: $p, input: { summary: "v1" }) { version } }', { p: id });
    }
  }
}

/** Records a decision on EMAIL with checkbox proof through the gateway (`proof` overrides parts of it). */
export async function recordConsent(
  lp: TestStack,
  profileId: string,
  purpose: string,
  status: string,
  proof: Record<string, unknown> = {},
): Promise<void> {
  const result = await lp.query('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { seq } }', {
    input: {
      profileId,
      purpose,
      channel: 'EMAIL',
      status,
      proof: { noticeVersion: 1, collectionPoint: 'e2e form', method: 'CHECKBOX', ...proof },
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

/** An ESP's marketing unsubscribe on EMAIL as `importConsents` takes it, given now, with the ESP's own proof. */
export const espUnsubscribe = (profileId: string, recordId: string, collectionPoint: string, originalProof: unknown) => ({
  recordId,
  profileId,
  purpose: 'marketing',
  channel: 'EMAIL',
  status: 'WITHDRAWN',
  givenAt: new Date().toISOString(),
  noticeVersion: 1,
  collectionPoint,
  originalProof,
});
