import { z } from 'zod';

/** A preview call moves base64 over IPC: keep each one small. */
export const MAX_READ_BYTES = 1024 * 1024;

export const readRangeShape = {
  /** First byte, inclusive; 0 when omitted. */
  start: z.number().int().min(0).optional(),
  /** Last byte, inclusive; start + 1 MiB - 1 (or the object's end) when omitted. */
  end: z.number().int().min(0).optional(),
};

/** Checks on `{ start, end }` that need both fields; each names the field to fix. */
export function checkReadRange(
  range: { start?: number | undefined; end?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  if (range.end === undefined) return;
  const start = range.start ?? 0;
  if (range.end < start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
  } else if (range.end - start + 1 > MAX_READ_BYTES) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `must be at most ${MAX_READ_BYTES} bytes after start (1 MiB per call)`,
    });
  }
}

export const objectChunkSchema = z.object({
  contentType: z.string().nullable(),
  totalSize: z.number(),
  start: z.number(),
  /** Last byte sent, inclusive; start - 1 when no bytes came (an empty object). */
  end: z.number(),
  base64: z.string(),
});
export type ObjectChunk = z.infer<typeof objectChunkSchema>;
