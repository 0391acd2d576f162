import type { TestStack } from './stack.ts';

/**
 * Restricts processing the way customers do it: a RESTRICTION request in the privacy subgraph,
 * carried out in every subgraph; resolves once it is completed.
 */
export async function restrictThroughPrivacy(lp: TestStack, profileId: string, headers: Record<string, string> = {}): Promise<void> {
  const opened = await lp.query(
    'mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: RESTRICTION }) { id } }',
    { id: profileId },
    headers,
  );
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  const requestId = opened.data!.openPrivacyRequest.id as string;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const state = await lp.query('query($id: ID!) { privacyRequest(id: $id) { status } }', { id: requestId }, headers);
    if (state.data?.privacyRequest?.status === 'COMPLETED') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`restriction request ${requestId} did not complete`);
}
