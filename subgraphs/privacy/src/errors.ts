export { ErrorCode } from '#kit/errors.ts';
