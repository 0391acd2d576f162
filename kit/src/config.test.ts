import { describe, expect, it } from 'vitest';
import { ConfigError, readMongoUri, readPort, readSigningKeys } from './config.ts';
import { loadSubgraphConfig } from './subgraphConfig.ts';

const key = 'x'.repeat(32);
const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/', VIEWER_SIGNING_KEYS: key };

describe('config', () => {
  it('reads a subgraph configuration with its own database name and port', () => {
    const config = loadSubgraphConfig('consent', 4002, { ...base, DATABASE_PREFIX: 'acme', CONSENT_PORT: '5002' });
    expect(config).toMatchObject({ name: 'consent', port: 5002, databaseName: 'acme_consent', host: '127.0.0.1', signingKeys: [key] });
  });

  it('defaults the port and the database prefix', () => {
    expect(loadSubgraphConfig('offer', 4004, base)).toMatchObject({ port: 4004, databaseName: 'living_profile_offer' });
  });

  it.each([
    [{ ...base, MONGODB_URI: '' }, /MONGODB_URI is required/],
    [{ ...base, MONGODB_URI: 'postgres://x' }, /must start with mongodb/],
    [{ ...base, VIEWER_SIGNING_KEYS: undefined }, /VIEWER_SIGNING_KEYS is required/],
    [{ ...base, VIEWER_SIGNING_KEYS: `${key},short` }, /key #2 is shorter than 32/],
    [{ ...base, OFFER_PORT: '70000' }, /OFFER_PORT must be a TCP port/],
    [{ ...base, DATABASE_PREFIX: 'a.b' }, /DATABASE_PREFIX/],
    [{ ...base, NODE_ENV: 'staging' }, /NODE_ENV must be/],
  ])('fails fast with a message that says what to set (%#)', (env, message) => {
    expect(() => loadSubgraphConfig('offer', 4004, env)).toThrow(ConfigError);
    expect(() => loadSubgraphConfig('offer', 4004, env)).toThrow(message);
  });

  it('parses rotated signing keys in order', () => {
    expect(readSigningKeys({ VIEWER_SIGNING_KEYS: ` ${key} , ${'y'.repeat(40)} ` })).toEqual([key, 'y'.repeat(40)]);
  });

  it('accepts port 0 (pick a free port) and mongodb+srv URIs', () => {
    expect(readPort({ P: '0' }, 'P', 1)).toBe(0);
    expect(readMongoUri({ MONGODB_URI: 'mongodb+srv://cluster.example.net/' })).toBe('mongodb+srv://cluster.example.net/');
  });
});
