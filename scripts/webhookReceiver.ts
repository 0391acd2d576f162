// npm run receiver: the reference webhook receiver. Verifies each delivery's Standard Webhooks
// signature and prints the event as one JSON line; rejected deliveries are printed to stderr.
//   WEBHOOK_SECRET=whsec_… [WEBHOOK_SECRET_PREVIOUS=whsec_…] [PORT=4010] npm run receiver
import { startWebhookReceiver } from './lib/webhookReceiver.ts';
import { messageOf } from '#kit/guards.ts';

const secrets = [process.env.WEBHOOK_SECRET, process.env.WEBHOOK_SECRET_PREVIOUS].filter((s): s is string => Boolean(s));
if (!secrets.length) {
  console.error('Set WEBHOOK_SECRET to the subscriber secret (whsec_…) the registry gave you.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4010);

try {
  const receiver = await startWebhookReceiver({
    secrets,
    port,
    onEvent: ({ id, event }) => console.log(JSON.stringify({ webhookId: id, event })),
    onRejected: (reason) => console.error(`rejected: ${reason}`),
  });
  console.error(`Receiving webhooks at ${receiver.url} (Ctrl-C to stop).`);
  const stop = () => void receiver.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`Cannot listen on port ${port}: ${messageOf(error)}. Set PORT to a free port.`);
  process.exit(1);
}
