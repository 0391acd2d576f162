// npm run seed: seeds the demo data into a running Living Profile through its gateway
// (GATEWAY_URL, default http://127.0.0.1:4000/graphql). `npm start` does this by itself.
import { seedDemoData } from './lib/seed.ts';
import { messageOf } from '#kit/guards.ts';

const url = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
try {
  console.log(`▸ seeding demo data through ${url}…`);
  const { created } = await seedDemoData(url, (message) => console.log(`▸ ${message}`));
  console.log(`▸ done: ${created} customers created`);
} catch (error) {
  console.error(`✖ ${messageOf(error)}\n  Is Living Profile running (npm start) with an administrator viewer at ${url}?`);
  process.exit(1);
}
