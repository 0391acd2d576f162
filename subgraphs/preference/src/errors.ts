export { ErrorCode, badUserInput } from '#kit/errors.ts';
