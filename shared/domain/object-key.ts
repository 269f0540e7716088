import { z } from 'zod';

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** S3 limits keys by their UTF-8 bytes, not by characters. */
export const MAX_KEY_BYTES = 1024;

export const objectKeySchema = z
  .string()
  .min(1, 'is required')
  .refine(
    (key) => utf8Length(key) <= MAX_KEY_BYTES,
    `must be at most ${MAX_KEY_BYTES} bytes of UTF-8`,
  );
