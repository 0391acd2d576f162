/**
 * The canonical read of one customer's living profile: something of every subgraph (who they are,
 * what they allow, what they want, what they are offered and why, their requests). The query-plan
 * test runs it in its day of work; the scale bench times it.
 */
export const LIVING_PROFILE = `query($id: ID!) {
  profile(id: $id) {
    id email displayName status identifiers { source id } addresses { city }
    consents { purpose channel status } mayProcess(purpose: "marketing", channel: EMAIL) { allowed }
    preferences { language channels { channel enabled } } interests { topic interested } preferenceHistory { field }
    offerFeed(channel: WEB) { mode items { offer { id title } explanation } }
    privacyRequests { type status dueAt }
  }
}`;
