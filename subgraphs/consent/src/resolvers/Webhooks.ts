import { assertAdmin, provenanceOf } from '#kit/authorize.ts';
import type { MutationResolvers, QueryResolvers, WebhookDeliveryResolvers, WebhookSubscriberResolvers } from './types.generated.ts';

/** The webhook registry and its deliveries: administrators only. */
export const webhookQueries: QueryResolvers = {
  webhookSubscribers(_, __, { viewer, webhooks }) {
    assertAdmin(viewer);
    return webhooks.list();
  },
  webhookDeliveries(_, args, { viewer, webhooks }) {
    assertAdmin(viewer);
    return webhooks.deliveries(args);
  },
};

export const webhookMutations: MutationResolvers = {
  registerWebhookSubscriber(_, { input }, { viewer, webhooks }) {
    assertAdmin(viewer);
    return webhooks.register(input, provenanceOf(viewer));
  },
  removeWebhookSubscriber(_, { id }, { viewer, webhooks }) {
    assertAdmin(viewer);
    return webhooks.remove(id);
  },
  replayWebhookDelivery(_, { id }, { viewer, webhooks }) {
    assertAdmin(viewer);
    return webhooks.replay(id);
  },
};

export const WebhookSubscriber: WebhookSubscriberResolvers = { id: (s) => s._id };
export const WebhookDelivery: WebhookDeliveryResolvers = { id: (d) => d._id };
