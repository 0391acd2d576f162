import { conflict } from '#kit/errors.ts';

export { ErrorCode } from '#kit/errors.ts';

/** Never echoes the address: the caller may not be allowed to know whose it is. */
export const emailTaken = () => conflict('This email address already belongs to another profile.');
