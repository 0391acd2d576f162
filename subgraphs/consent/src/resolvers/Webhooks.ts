import { assertAdmin, provenanceOf } from '#kit/authorize.ts';
import type { ConsentContext } from '../context.ts';
import type { DeliveryDoc, DeliveryStatus, SubscriberDoc } from '../models/Webhook.ts';
import type { SubscriberInput } from '../services/webhookService.ts';

/** The webhook registry and its deliveries: administrators only. */
export const webhookQueries = {
  webhookSubscribers(_: unknown, __: unknown, { viewer, webhooks }: ConsentContext) {
    assertAdmin(viewer);
    return webhooks.list();
  },
  webhookDeliveries(
    _: unknown,
    args: { subscriberId?: string | null; status?: DeliveryStatus | null; first: number },
    { viewer, webhooks }: ConsentContext,
  ) {
    assertAdmin(viewer);
    return webhooks.deliveries(args);
  },
};

export const webhookMutations = {
  registerWebhookSubscriber(_: unknown, { input }: { input: SubscriberInput }, { viewer, webhooks }: ConsentContext) {
    assertAdmin(viewer);
    return webhooks.register(input, provenanceOf(viewer));
  },
  removeWebhookSubscriber(_: unknown, { id }: { id: string }, { viewer, webhooks }: ConsentContext) {
    assertAdmin(viewer);
    return webhooks.remove(id);
  },
  replayWebhookDelivery(_: unknown, { id }: { id: string }, { viewer, webhooks }: ConsentContext) {
    assertAdmin(viewer);
    return webhooks.replay(id);
  },
};

export const WebhookSubscriber = { id: (s: SubscriberDoc) => s._id };
export const WebhookDelivery = { id: (d: DeliveryDoc) => d._id };
