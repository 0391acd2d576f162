import { createServer, type IncomingHttpHeaders } from 'node:http';

/** What another controller received: each POST's headers and body, in order. */
export interface ReceivingController {
  url: string;
  received: { headers: IncomingHttpHeaders; body: string }[];
  /** The statuses to answer next, one per POST (then `otherwise`); push to script a failure. */
  answers: number[];
  close(): Promise<void>;
}

/**
 * Another controller's import endpoint on this machine, for transfers of portable exports: keeps
 * every POST, answers the next scripted status (or `otherwise`), and on a 2xx its own `reference`
 * as the receipt.
 */
export async function receivingController({
  answers = [],
  otherwise = 200,
  reference,
}: {
  answers?: number[];
  otherwise?: number;
  reference: string;
}): Promise<ReceivingController> {
  const received: ReceivingController['received'] = [];
  const scripted = [...answers];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const status = scripted.shift() ?? otherwise;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(status < 300 ? { receipt: reference } : {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the receiving controller is not listening on a port');
  return {
    url: `http://127.0.0.1:${address.port}/imports`,
    received,
    answers: scripted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
