import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError } from './maskError.ts';

const mask = (error: unknown) => maskError(error, 'Unexpected error.', false) as GraphQLError;

describe('gateway error masking', () => {
  it('turns an unreachable subgraph into SUBGRAPH_UNAVAILABLE naming it, without its address or our request', () => {
    const error = new GraphQLError('connect ECONNREFUSED 127.0.0.1:4002', {
      path: ['profile'],
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'consent', request: { body: '{"representations":[{"id":"p-1"}]}' } },
    });
    const masked = mask(error).toJSON();
    expect(masked).toEqual({
      message: 'The consent subgraph is unavailable; its fields are missing from this response.',
      path: ['profile'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'consent' },
    });
    expect(JSON.stringify(masked)).not.toMatch(/127\.0\.0\.1|p-1/);
  });

  it('takes a proxy’s 502, 503 or 504 in front of a subgraph as SUBGRAPH_UNAVAILABLE, and a 200 that is not GraphQL as a defect', () => {
    const proxied = (status: number) =>
      new GraphQLError('Unexpected response: "replica failed"', {
        path: ['profile'],
        extensions: { code: 'RESPONSE_VALIDATION_FAILED', serviceName: 'offer', response: { status, body: 'replica failed' } },
      });
    for (const status of [502, 503, 504]) expect(mask(proxied(status)).extensions.code, String(status)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(mask(proxied(200)).extensions.code).not.toBe('SUBGRAPH_UNAVAILABLE');
    expect(JSON.stringify(mask(proxied(200)).toJSON())).not.toContain('replica failed');
  });

  it('keeps an error a subgraph raised on purpose, with its code', () => {
    const error = new GraphQLError('first must be between 1 and 500.', {
      path: ['profiles'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first', serviceName: 'identity', request: { body: 'x' } },
    });
    expect(mask(error).toJSON()).toEqual({
      message: 'first must be between 1 and 500.',
      path: ['profiles'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first', serviceName: 'identity' },
    });
  });

  it('hides an unexpected error behind a generic message', () => {
    const masked = mask(new Error('TypeError: cannot read x of undefined at /srv/gateway.ts:12'));
    expect(masked.message).toBe('Unexpected error.');
    expect(JSON.stringify(masked.toJSON())).not.toContain('/srv');
  });
});
