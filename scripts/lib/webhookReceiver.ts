import { createServer, type Server } from 'node:http';
import { DEFAULT_TOLERANCE_SECONDS, verifyWebhook, WebhookVerificationError } from '#kit/events/webhooks.ts';
import { messageOf } from '#kit/guards.ts';

export interface ReceivedWebhook {
  id: string;
  timestamp: number;
  event: unknown;
}

export interface WebhookReceiver {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The reference webhook receiver, for integrators to copy: verifies every delivery (Standard
 * Webhooks) against the raw body before parsing it, answers 401 with the reason when it fails,
 * and hands each event id to `onEvent` once: a repeated id inside the tolerance window (a retry,
 * or a captured request replayed) is acknowledged with 200 and not processed again, and after the
 * window its timestamp is refused. Answer 2xx only once the event is safely handled: the sender
 * retries anything else.
 */
export async function startWebhookReceiver({
  secrets,
  onEvent,
  onRejected = () => {},
  port = 0,
  host = '127.0.0.1',
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  secrets: string[];
  onEvent: (webhook: ReceivedWebhook) => void | Promise<void>;
  onRejected?: (reason: string) => void;
  port?: number;
  host?: string;
  toleranceSeconds?: number;
}): Promise<WebhookReceiver> {
  const seen = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const answer = (status: number, body: Record<string, unknown>) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.method !== 'POST') return answer(405, { error: 'POST only' });
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = {
        get: (name: string) => {
          const value = request.headers[name];
          return typeof value === 'string' ? value : null;
        },
      };
      try {
        const { id, timestamp } = verifyWebhook(headers, body, secrets, { toleranceSeconds });
        const now = Date.now();
        for (const [known, until] of seen) if (until < now) seen.delete(known);
        if (seen.has(id)) return answer(200, { duplicate: true });
        await onEvent({ id, timestamp, event: JSON.parse(body) });
        seen.set(id, now + 2 * toleranceSeconds * 1000);
        answer(204, {});
      } catch (error) {
        if (error instanceof WebhookVerificationError) {
          onRejected(`${error.code}: ${error.message}`);
          return answer(401, { error: error.code });
        }
        onRejected(`handler failed: ${messageOf(error)}`);
        answer(500, { error: 'not handled; retry later' });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the webhook receiver is not listening on a TCP port');
  return {
    url: `http://${host}:${address.port}/webhooks`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
