import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config.ts';

const base = { VIEWER_SIGNING_KEYS: 'k'.repeat(32) };

describe('gateway config', () => {
  it('reads per-subgraph URL overrides', () => {
    const config = loadGatewayConfig({ ...base, SUBGRAPH_CONSENT_URL: 'http://consent.internal:8080/graphql', GATEWAY_PORT: '0' });
    expect(config.subgraphUrls).toEqual({ consent: 'http://consent.internal:8080/graphql' });
    expect(config.port).toBe(0);
    expect(config.supergraphPath).toMatch(/schema\/supergraph\.graphql$/);
  });

  it('refuses the development viewer in production, and unknown roles anywhere', () => {
    expect(() => loadGatewayConfig({ ...base, NODE_ENV: 'production', DEV_VIEWER_ROLE: 'admin' })).toThrow(
      /refused when NODE_ENV=production/,
    );
    expect(() => loadGatewayConfig({ ...base, DEV_VIEWER_ROLE: 'root' })).toThrow(/DEV_VIEWER_ROLE must be one of/);
    expect(loadGatewayConfig({ ...base, DEV_VIEWER_ROLE: 'analyst' }).devViewerRole).toBe('analyst');
  });

  it('needs the signing keys it shares with the subgraphs', () => {
    expect(() => loadGatewayConfig({})).toThrow(/VIEWER_SIGNING_KEYS is required/);
  });
});
