import type { ConsentContext } from '../context.ts';

export const Query = {
  purposes: (_: unknown, __: unknown, { catalogue }: ConsentContext) => catalogue.list(),
  purpose: (_: unknown, { id }: { id: string }, { catalogue }: ConsentContext) => catalogue.get(id),
};
