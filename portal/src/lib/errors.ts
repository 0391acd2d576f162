import type { CombinedError } from '@urql/core';
import type { MessageKey } from '../i18n/en.ts';
import type { Translator } from '../i18n/index.ts';

const KNOWN: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  RATE_LIMITED: 'error.RATE_LIMITED',
  SUBGRAPH_UNAVAILABLE: 'error.SUBGRAPH_UNAVAILABLE',
  RESTRICTED: 'error.RESTRICTED',
};

/** The first stable error code of a failed call, or NETWORK when nothing answered. */
export function errorCode(error: Pick<CombinedError, 'networkError' | 'graphQLErrors'>): string {
  if (error.networkError && !error.graphQLErrors.length) return 'NETWORK';
  const code = error.graphQLErrors.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * A failed call in the customer's words: one sentence per known code, never a stack trace or the
 * server's internals. Only a refusal of what they typed (BAD_USER_INPUT) repeats the server's
 * explanation, which names the field.
 */
export function describeError(error: Pick<CombinedError, 'networkError' | 'graphQLErrors'>, { t }: Pick<Translator, 't'>): string {
  const code = errorCode(error);
  if (code === 'NETWORK') return t('error.network');
  const key = KNOWN[code];
  if (!key) return t('error.other');
  const detail = error.graphQLErrors[0]?.message ?? '';
  return t(key, { detail });
}
