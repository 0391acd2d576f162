import { resolveProfileReference } from '#kit/authorize.ts';
import { subscribersOf } from '../services/exportDocument.ts';
import type { ProfileResolvers } from './types.generated.ts';

export const Profile: ProfileResolvers = {
  __resolveReference: resolveProfileReference,
  privacyRequests: ({ id }, _, { loaders }) => loaders.privacyRequests.load(id),

  /** Asks every subgraph's contract now, so the answer is what is held, not what was planned. */
  accessLog: ({ id }, { first }, { audit, viewer }) => audit.logOf(viewer, id, first),

  async dataTransparency({ id }, _, { contracts, audit }) {
    const names = Object.keys(contracts).sort() as (keyof typeof contracts)[];
    const inventories = await Promise.all(names.map((name) => contracts[name].inventory(id)));
    const holdings = inventories.flatMap((inventory) =>
      inventory.holds.map((hold) => ({ subgraph: inventory.subgraph, retention: null, ...hold })),
    );
    // Where it came from, as each subgraph's inventory reads it from the provenance it keeps.
    const sources = [...new Set(inventories.flatMap((inventory) => inventory.sources ?? []))].sort();
    const recipients = [...(await audit.recipientsOf(id)), ...subscribersOf(inventories)];
    const categories = [...new Set(holdings.flatMap((h) => h.categories))];
    const purposes = [...new Set(holdings.flatMap((h) => h.purposes))];
    const summary = holdings.length
      ? [
          `We hold ${categories.join(', ')}.`,
          `We use it for: ${purposes.join('; ')}.`,
          `It came from: ${sources.join(', ') || 'you'}.`,
          `Who read it besides you: ${recipients.join(', ') || 'nobody'}.`,
          `How long: ${[...new Set(holdings.map((h) => h.retention).filter(Boolean))].join(' ')}`,
        ].join(' ')
      : 'We hold no personal data about you.';
    return { holdings, sources, recipients, recipientsTracked: true, summary, generatedAt: new Date() };
  },
};
