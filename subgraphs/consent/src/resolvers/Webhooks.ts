import type { MutationResolvers, QueryResolvers, WebhookDeliveryResolvers, WebhookSubscriberResolvers } from './types.generated.ts';

/** The webhook registry and its deliveries (administrators only, as the registry decides). */
export const webhookQueries: QueryResolvers = {
  webhookSubscribers: (_, __, { viewer, webhooks }) => webhooks.list(viewer),
  webhookDeliveries: (_, args, { viewer, webhooks }) => webhooks.deliveries(viewer, args),
};

export const webhookMutations: MutationResolvers = {
  registerWebhookSubscriber: (_, { input }, { viewer, webhooks }) => webhooks.register(viewer, input),
  removeWebhookSubscriber: (_, { id }, { viewer, webhooks }) => webhooks.remove(viewer, id),
  replayWebhookDelivery: (_, { id }, { viewer, webhooks }) => webhooks.replay(viewer, id),
};

export const WebhookSubscriber: WebhookSubscriberResolvers = { id: (s) => s._id };
export const WebhookDelivery: WebhookDeliveryResolvers = { id: (d) => d._id };
