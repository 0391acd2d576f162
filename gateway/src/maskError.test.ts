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
