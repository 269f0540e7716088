import { z } from 'zod';

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** S3 limits keys by their UTF-8 bytes, not by characters. */
export const MAX_KEY_BYTES = 1024;

/** With the u flag, \p{Cs} matches only a surrogate without its other half. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Text that may stand in a key, or anything keys are compared with (prefixes, markers). A lone
 * surrogate has no UTF-8 form: it would be sent as U+FFFD, another key than the one asked for.
 * NUL ends names in the file systems and C code behind many servers.
 */
const keyText = () =>
  z
    .string()
    .refine((text) => !text.includes('\0'), 'must not contain a NUL character')
    .refine(
      (text) => !LONE_SURROGATE.test(text),
      'must be valid Unicode (it holds half of a surrogate pair)',
    )
    .refine(
      (text) => utf8Length(text) <= MAX_KEY_BYTES,
      `must be at most ${MAX_KEY_BYTES} bytes of UTF-8`,
    );

export const objectKeySchema = keyText().min(1, 'is required');

/** A key prefix ("folder"), marker or other key-like text: may be empty (the bucket's root). */
export const keyPrefixSchema = keyText();
