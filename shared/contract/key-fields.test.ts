import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyPrefixSchema, objectKeySchema } from '../domain/object-key.js';
import { channels } from './channels.js';
import { createDispatcher, isChannelName } from './dispatch.js';
import { pathMatches, schemaFields } from './fuzz/schema-fields.js';
import type { Handlers } from './handlers.js';

// Every channel field that names a key, or text compared with keys, refuses what no key can
// be: a NUL, or half of a surrogate pair; so does user metadata (printable ASCII only). Checked
// at the dispatcher, so no handler runs.

const ref = { profileId: 'abcdef', bucket: 'my-bucket' };
const at = { ...ref, key: 'a/b.txt' };
const loc = (key: string) => ({ bucket: 'my-bucket', key });
const grant = 'G'.repeat(32);
const upload = { ...at, uploadId: 'u1' };
const version = { ...at, versionId: 'v1' };

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
  { channel: 'objects.tags.get', input: at, fields: ['key'] },
  { channel: 'objects.tags.put', input: { ...at, tags: [] }, fields: ['key'] },
  { channel: 'objects.tags.survey', input: { ...ref, keys: ['a'] }, fields: ['keys.0'] },
  {
    channel: 'objects.tags.editMany',
    input: { ...ref, keys: ['a', 'b'], changes: { set: [], remove: ['t'] } },
    fields: ['keys.1'],
  },
  { channel: 'objects.retention.get', input: version, fields: ['key'] },
  { channel: 'objects.retention.put', input: { ...version, retention: null }, fields: ['key'] },
  { channel: 'objects.legalHold.get', input: version, fields: ['key'] },
  { channel: 'objects.legalHold.put', input: { ...version, on: true }, fields: ['key'] },
  {
    channel: 'objects.versions.list',
    input: { ...ref, prefix: 'a/', cursor: { keyMarker: 'a/b' } },
    fields: ['prefix', 'cursor.keyMarker'],
  },
  {
    channel: 'objects.versions.asOf',
    input: { ...ref, prefix: 'a/', at: '2026-03-01T12:00:00Z', keyMarker: 'a/b' },
    fields: ['prefix', 'keyMarker'],
  },
  { channel: 'objects.versions.restore', input: version, fields: ['key'] },
  {
    channel: 'tasks.start',
    input: { kind: 'delete', ...ref, keys: ['a/b'], prefixes: ['a/'] },
    fields: ['keys.0', 'prefixes.0'],
  },
  {
    channel: 'tasks.start',
    input: { kind: 'size', ...ref, prefix: 'a/', selection: ['a/b', 'a/c/'], versions: false },
    fields: ['prefix', 'selection.1'],
  },
  ...['copy', 'move'].map((kind) => ({
    channel: 'tasks.start',
    input: {
      kind,
      profileId: 'abcdef',
      bucket: 'bucket-a',
      targetBucket: 'bucket-b',
      items: [
        { kind: 'object', source: 'a/b', target: 'c/b' },
        { kind: 'object', source: 'a/d', target: 'c/d' },
      ],
      ifExists: 'overwrite',
    },
    fields: ['items.0.source', 'items.0.target', 'items.1.source', 'items.1.target'],
  })),
  {
    channel: 'syncPairs.save',
    input: { ...ref, prefix: 'a/', folder: grant, direction: 'upload', include: [], exclude: [] },
    fields: ['prefix'],
  },
  {
    channel: 'tasks.start',
    input: {
      kind: 'compare',
      ...ref,
      prefix: 'a/',
      folder: grant,
      include: [],
      exclude: [],
    },
    fields: ['prefix'],
  },
  {
    channel: 'folderSize.remembered',
    input: { ...ref, prefix: 'a/', versions: false },
    fields: ['prefix'],
  },
  {
    channel: 'objects.copy',
    input: { profileId: 'abcdef', source: loc('a'), target: loc('b') },
    fields: ['source.key', 'target.key'],
  },
  {
    channel: 'multipart.create',
    input: { ...at, metadata: { note: 'n' } },
    fields: ['key', 'metadata.note'],
  },
  {
    channel: 'multipart.uploadPart',
    input: { ...upload, partNumber: 1, source: { kind: 'file', grant, offset: 0, length: 1 } },
    fields: ['key'],
  },
  {
    channel: 'multipart.complete',
    input: { ...upload, parts: [{ partNumber: 1, etag: '"a"' }] },
    fields: ['key'],
  },
  { channel: 'multipart.abort', input: upload, fields: ['key'] },
  { channel: 'multipart.listParts', input: upload, fields: ['key'] },
  {
    channel: 'multipart.uploadPartCopy',
    input: { ...upload, partNumber: 1, source: loc('src') },
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
    channel: 'presign.post',
    input: { ...ref, key: { kind: 'exact', key: 'in/a.txt' }, expiresInSeconds: 60 },
    fields: ['key.key'],
  },
  {
    channel: 'tasks.start',
    input: { kind: 'upload', ...ref, keyPrefix: 'in/', grants: [grant] },
    fields: ['keyPrefix'],
  },
  {
    channel: 'tasks.start',
    input: { kind: 'download', ...ref, keys: ['a'], prefix: 'p/', destination: grant },
    fields: ['keys.0', 'prefix'],
  },
  { channel: 'config.acl.get', input: at, fields: ['key'] },
  {
    channel: 'cors.testPreflight',
    input: { ...at, origin: 'https://app.example', method: 'PUT' },
    fields: ['key'],
  },
  {
    channel: 'config.acl.put',
    input: { ...at, acl: { kind: 'canned', acl: 'private' } },
    fields: ['key'],
  },
];

/** Text fields named like these hold keys or are compared with them. */
const KEY_NAMES = new Set(['key', 'keys', 'prefix', 'keyPrefix', 'keyMarker']);
const isKeySchema = (schema: unknown) => schema === objectKeySchema || schema === keyPrefixSchema;

/** Every field of the channel map that takes a key, as a pattern (`keys.#`): read from the map. */
const keyFieldsOfMap = Object.entries(channels).flatMap(([channel, { input }]) =>
  schemaFields(input).flatMap(({ path, schema }) =>
    isKeySchema(schema) ? [{ channel, path }] : [],
  ),
);

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

describe('the list above follows the channel map', () => {
  it('holds every channel that takes a key, with each of its key fields', () => {
    const missed = keyFieldsOfMap
      .filter(({ channel, path }) =>
        cases.every(
          (row) => row.channel !== channel || !row.fields.some((f) => pathMatches(path, f)),
        ),
      )
      .map(({ channel, path }) => `${channel} ${path}`);
    expect(missed).toEqual([]);
  });

  it('names only channels the map has', () => {
    expect(cases.map((row) => row.channel).filter((name) => !isChannelName(name))).toEqual([]);
  });

  it('finds key fields through lists, unions and nested objects', () => {
    const paths = (channel: string) =>
      keyFieldsOfMap.filter((field) => field.channel === channel).map((field) => field.path);
    expect(paths('objects.deleteMany')).toEqual(['keys.#']);
    expect(paths('presign.post').sort()).toEqual(['key.key', 'key.prefix']);
    expect(paths('objects.copy')).toEqual(['source.key', 'target.key']);
  });

  // Inside lists are configuration documents (tag keys, lifecycle and replication filters):
  // text the server stores, not keys of this bucket.
  it('gives every text field named like a key, outside lists, one of the key schemas', () => {
    const loose = Object.entries(channels).flatMap(([channel, { input }]) =>
      schemaFields(input)
        .filter(({ path, schema }) => {
          // `keys.#` is a list of keys; `rules.#.prefix` is a field of a list's item.
          const steps = path.replace(/(\.#)+$/, '').split('.');
          const isText = (schema as unknown as { def: { type: string } }).def.type === 'string';
          const named = KEY_NAMES.has(steps.at(-1) ?? '') && !steps.includes('#');
          return named && isText && !isKeySchema(schema);
        })
        .map(({ path }) => `${channel} ${path}`),
    );
    expect(loose).toEqual([]);
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
