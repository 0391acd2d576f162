import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { outboxRelay, type EventSink } from '#kit/events/outbox.ts';
import { OFFER_EVENTS } from './domain/events.ts';
import { forgettingOnErasure, type ProfileDirectory } from '#kit/profileDirectory.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { SubjectRights } from '#kit/subjectRights.ts';
import { withRetention } from '#kit/retention.ts';
import type { OfferContext } from './context.ts';
import { createLoaders } from './services/loaders.ts';
import { offerModel } from './models/Offer.ts';
import { offerDecisionModel, offerResponseModel } from './models/OfferResponse.ts';
import { OfferService } from './services/offerService.ts';
import { offerStore } from './store/offerStore.ts';
import { offerResponseStore } from './store/offerResponseStore.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Offer, OfferDecision } from './resolvers/Offer.ts';
import { Profile } from './resolvers/Profile.ts';
import { Query } from './resolvers/Query.ts';
import type { Resolvers } from './resolvers/types.generated.ts';
import { DecisionJournal, type DecisionJournalOptions } from './services/decisionJournal.ts';
import { offerSubjectRights } from './services/subjectRights.ts';

/**
 * The contract over what the decision journal still holds: an export, an inventory or a breach
 * search includes what this replica decided a moment ago; an erasure drops what waits about the
 * subject and lets what is being written land before the subject's decisions are deleted.
 */
function journalled(rights: SubjectRights, decisions: DecisionJournal): SubjectRights {
  const flushed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      await decisions.flush();
      return call(...args);
    };
  return {
    ...rights,
    export: flushed(rights.export),
    inventory: flushed(rights.inventory),
    affected: flushed(rights.affected),
    async erase(subjectId) {
      decisions.forget(subjectId);
      await decisions.flush();
      return rights.erase(subjectId);
    },
  };
}

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/**
 * `events`: where offer responses go as events (consent's internal endpoint); without it they wait in their documents.
 * `directory`: where profile ids are checked before a write (identity); without it (tested on its own) they are taken as they come.
 * `journal`: how the decision log is batched (services/decisionJournal.ts).
 */
export const createOfferSubgraph =
  (events?: EventSink, directory?: ProfileDirectory, journal?: DecisionJournalOptions): SubgraphFactory<OfferContext> =>
  (database, log) => {
    const c = database.connection;
    const catalogue = offerStore(offerModel(c));
    const responseModel = offerResponseModel(c);
    const decisionModel = offerDecisionModel(c);
    const responses = offerResponseStore(responseModel, decisionModel);
    const decisions = new DecisionJournal(responses.logDecisions, log, journal);
    const offers = new OfferService(catalogue, responses, decisions, directory);
    const rights = forgettingOnErasure(offerSubjectRights(c, { responses: responseModel, decisions: decisionModel }), directory);
    const outbox =
      events &&
      outboxRelay({ name: 'offer', declaration: OFFER_EVENTS, model: responseModel, exclusive: responses.exclusive, ...events, log });
    return withRetention(
      {
        apollo: createSubgraphServer<OfferContext>({
          typeDefs,
          resolvers: {
            ...scalars('CountryCode', 'DateTime', 'JSON', 'Locale'),
            Query,
            Mutation,
            Offer,
            OfferDecision,
            Profile,
          } satisfies Resolvers,
          log,
        }),
        subjectRights: journalled(rights, decisions),
        createContext: (viewer) => ({ viewer, offers, decisions, loaders: createLoaders(offers) }),
        start: async () => outbox?.start(),
        stop: async () => {
          await decisions.stop();
          await outbox?.stop();
        },
        metrics: () => [...(outbox?.metrics() ?? []), ...(directory?.metrics() ?? []), ...decisions.metrics()],
      },
      {
        subgraph: 'offer',
        connection: c,
        log,
        rules: [{ category: 'offer-decision-log', model: decisionModel, subjectField: 'subjectId', dateField: 'at' }],
      },
    );
  };
