import { badUserInput } from '#kit/errors.ts';

export { ErrorCode } from '#kit/errors.ts';

export const PURPOSE_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;

export function assertPurposeKey(purpose: string): void {
  if (!PURPOSE_PATTERN.test(purpose)) {
    throw badUserInput('purpose must be 2-63 characters: lower-case letters, digits and dashes, starting with a letter.', 'purpose');
  }
}
