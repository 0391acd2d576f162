import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { describeError, errorCode } from './errors.ts';

const failure = (errors: { message: string; code?: string }[], networkError?: Error) => ({
  networkError,
  graphQLErrors: errors.map(({ message, code }) => ({ message, extensions: code ? { code } : {} })) as never,
});

describe('errors in the customer’s words', () => {
  const en = translator('en');
  it('names a known code in one sentence, and repeats only what was wrong with the input', () => {
    expect(describeError(failure([{ message: 'Token expired', code: 'UNAUTHENTICATED' }]), en)).toBe(
      'Your sign-in has expired. Sign in again to carry on.',
    );
    expect(describeError(failure([{ message: 'end must be HH:MM.', code: 'BAD_USER_INPUT' }]), en)).toBe(
      'Please check what you entered: end must be HH:MM.',
    );
    expect(describeError(failure([{ message: 'Processing is restricted', code: 'RESTRICTED' }]), translator('th'))).toContain('จำกัด');
  });

  it('never shows an unexpected error’s message', () => {
    const text = describeError(
      failure([{ message: 'TypeError: cannot read x of undefined at /srv/app.js:12', code: 'INTERNAL_SERVER_ERROR' }]),
      en,
    );
    expect(text).toBe('Something went wrong on our side. Try again; if it keeps happening, contact us.');
    expect(describeError(failure([{ message: 'no code at all' }]), en)).not.toContain('no code');
  });

  it('tells a connection problem from a refusal', () => {
    expect(errorCode(failure([], new TypeError('Failed to fetch')))).toBe('NETWORK');
    expect(describeError(failure([], new TypeError('Failed to fetch')), en)).toBe(
      'We could not reach the service. Check your connection and try again.',
    );
  });
});
