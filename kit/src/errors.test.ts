import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { conflict, ErrorCode, formatError, hasCode } from './errors.ts';

describe('formatError', () => {
  it('passes errors raised on purpose through with their code, without stack traces', () => {
    const error = conflict('taken');
    const formatted = formatError({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at x'] } }, error, vi.fn());
    expect(formatted).toEqual({ message: 'taken', extensions: { code: ErrorCode.CONFLICT } });
  });

  it('passes GraphQL validation errors through', () => {
    const formatted = formatError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, null, vi.fn());
    expect(formatted.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('turns anything unexpected into a bare INTERNAL_SERVER_ERROR and logs the cause', () => {
    const log = vi.fn();
    const cause = new Error('E11000 duplicate key: { email: "someone@example.com" }');
    const error = new GraphQLError(cause.message, { originalError: cause, path: ['createProfile'] });
    const formatted = formatError({ message: error.message, path: ['createProfile'], extensions: { stacktrace: ['at db'] } }, error, log);
    expect(formatted).toEqual({
      message: 'Internal server error.',
      path: ['createProfile'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toContain('someone@example.com');
    expect(log).toHaveBeenCalledWith('internal error', cause);
  });

  it('does not trust an unknown code', () => {
    expect(formatError({ message: 'secret', extensions: { code: 'SOMETHING_ELSE' } }, null, vi.fn()).message).toBe(
      'Internal server error.',
    );
  });
});

describe('hasCode', () => {
  it('tells a GraphQL error by its stable code, and anything else from it', () => {
    expect(hasCode(conflict('taken'), ErrorCode.CONFLICT)).toBe(true);
    expect(hasCode(conflict('taken'), ErrorCode.NOT_FOUND)).toBe(false);
    expect(hasCode(new GraphQLError('x', { extensions: { code: 'CONFLICT' } }), ErrorCode.CONFLICT)).toBe(true);
    expect(hasCode(Object.assign(new Error('x'), { extensions: { code: 'CONFLICT' } }), ErrorCode.CONFLICT)).toBe(false);
    expect(hasCode(null, ErrorCode.CONFLICT)).toBe(false);
  });
});
