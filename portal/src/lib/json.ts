// Reading JSON the portal did not build itself (the gateway's settings, what a tab stored), by
// checking each field it uses instead of asserting a shape.

/** A field of a parsed JSON value, if it is an object. */
export const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;

/** A string with something in it. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
