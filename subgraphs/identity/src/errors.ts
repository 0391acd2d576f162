import { ErrorCode, LivingProfileError } from '#kit/errors.ts';

export { ErrorCode } from '#kit/errors.ts';

export const restricted = () =>
  new LivingProfileError(
    ErrorCode.RESTRICTED,
    'Processing of this profile is restricted at the customer’s request; only rectification is allowed.',
  );
