/**
 * How a server broke the protocol, carried in a `ServerMisbehaved` error's `details.problem`
 * so the renderer can say it in the reader's language.
 */
export const misbehaviours = [
  'repeatedToken',
  'noProgress',
  'tooManyEntries',
  'truncatedWithoutToken',
  'emptyPages',
  'oversized',
  'unreadable',
] as const;
export type Misbehaviour = (typeof misbehaviours)[number];
