import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectKeySchema } from '../domain/object-key.js';
import { createDispatcher } from './dispatch.js';
import type { Handlers } from './handlers.js';

// Every channel field that names a key, or text compared with keys, refuses what no key can
// be: a NUL, or half of a surrogate pair; so does user metadata (printable ASCII only). Checked
// at the dispatcher, so no handler runs.

const ref = { profileId: 'abcdef', bucket: 'my-bucket' };
const at = { ...ref, key: 'a/b.txt' };
const loc = (key: string) => ({ bucket: 'my-bucket', key });
const prefixLoc = (prefix: string) => ({ bucket: 'my-bucket', prefix });

/** A valid input per channel and the key-like fields in it. */
const cases: { channel: string; input: Record<string, unknown>; fields: string[] }[] = [
  { channel: 'objects.list', input: { ...ref, prefix: 'a/' }, fields: ['prefix'] },
  {
    channel: 'objects.put',
    input: { ...at, source: { kind: 'text', text: 'x' }, metadata: { note: 'n' } },
    fields: ['key', 'metadata.note'],
  },
  { channel: 'objects.read', input: at, fields: ['key'] },
  { channel: 'objects.head', input: at, fields: ['key'] },
  { channel: 'objects.delete', input: at, fields: ['key'] },
  { channel: 'objects.deleteMany', input: { ...ref, keys: ['a', 'b'] }, fields: ['keys.1'] },
  {
    channel: 'tasks.start',
    input: { kind: 'deletePrefix', ...ref, prefix: 'a/' },
    fields: ['prefix'],
  },
  ...['objects.copy', 'objects.move'].map((channel) => ({
    channel,
    input: { profileId: 'abcdef', source: loc('a'), target: loc('b') },
    fields: ['source.key', 'target.key'],
  })),
  ...['objects.copyPrefix', 'objects.movePrefix'].map((channel) => ({
    channel,
    input: {
      profileId: 'abcdef',
      source: prefixLoc('a/'),
      target: prefixLoc('b/'),
      operationId: 'op-1',
    },
    fields: ['source.prefix', 'target.prefix'],
  })),
  {
    channel: 'multipart.create',
    input: { ...at, metadata: { note: 'n' } },
    fields: ['key', 'metadata.note'],
  },
  { channel: 'multipart.abort', input: { ...at, uploadId: 'u1' }, fields: ['key'] },
  {
    channel: 'multipart.uploadPartCopy',
    input: { ...at, uploadId: 'u1', partNumber: 1, source: loc('src') },
    fields: ['key', 'source.key'],
  },
  {
    channel: 'multipart.listUploads',
    input: { ...ref, prefix: 'a/', keyMarker: 'a/b' },
    fields: ['prefix', 'keyMarker'],
  },
  { channel: 'presign.get', input: { ...at, expiresInSeconds: 60 }, fields: ['key'] },
  {
    channel: 'presign.post',
    input: { ...ref, key: { kind: 'prefix', prefix: 'in/' }, expiresInSeconds: 60 },
    fields: ['key.prefix'],
  },
  {
    channel: 'transfers.enqueueUpload',
    input: { ...ref, profileId: 'abcdef', keyPrefix: 'in/', grants: ['G'.repeat(32)] },
    fields: ['keyPrefix'],
  },
  {
    channel: 'transfers.enqueueDownload',
    input: { ...ref, keys: ['a'], prefix: 'p/', destination: 'G'.repeat(32) },
    fields: ['keys.0', 'prefix'],
  },
  { channel: 'config.acl.get', input: at, fields: ['key'] },
];

function withValue(input: Record<string, unknown>, path: string, value: string): unknown {
  const copy = structuredClone(input);
  const names = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const name of names.slice(0, -1)) node = node[name] as Record<string, unknown>;
  node[names.at(-1) ?? ''] = value;
  return copy;
}

const neverRuns = new Proxy(
  {},
  { get: () => () => Promise.reject(new Error('the handler ran')) },
) as Handlers;
const dispatch = createDispatcher(neverRuns, (err) => ({
  code: 'Internal',
  message: String(err),
}));
const ctx = { signal: new AbortController().signal };

describe('key-like fields refuse NUL and lone surrogates', () => {
  const bad = [
    ['a lone high surrogate', 'photos/\uD83D.jpg'],
    ['a lone low surrogate', '\uDE00x'],
    ['a NUL', 'a\u0000b'],
  ] as const;
  const rows = cases.flatMap(({ channel, input, fields }) =>
    fields.flatMap((field) => bad.map(([what, value]) => ({ channel, input, field, what, value }))),
  );

  it.each(rows)('$channel $field with $what is InvalidInput naming it', async (row) => {
    const result = await dispatch(row.channel, withValue(row.input, row.field, row.value), ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    if (result.ok) return;
    expect(result.error.details).toEqual({ fields: [row.field] });
    expect(result.error.message).toContain(`${row.field}: `);
  });

  it.each(cases)('$channel takes its valid input (the handler is reached)', async (row) => {
    expect(await dispatch(row.channel, row.input, ctx)).toMatchObject({
      ok: false,
      error: { code: 'Internal', message: 'Error: the handler ran' },
    });
  });
});

describe('objectKeySchema', () => {
  it('accepts any well-formed text without NUL, within 1,024 bytes (emoji and CJK too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (key) => {
        fc.pre(!key.includes('\0') && new TextEncoder().encode(key).length <= 1024);
        expect(objectKeySchema.safeParse(key).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a lone surrogate anywhere in a key', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 50 }),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        fc.string({ unit: 'grapheme', maxLength: 50 }),
        (before, surrogate, after) => {
          const key = `${before}${String.fromCharCode(surrogate)}${after}`;
          fc.pre(/\p{Cs}/u.test(key));
          expect(objectKeySchema.safeParse(key).success).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
