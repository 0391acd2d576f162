export { ErrorCode, badUserInput, notFound } from '#kit/errors.ts';

export const OFFER_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
