import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost } from './test-support/start-test-host.js';
import type { TestHost } from './test-support/start-test-host.js';

// The browser host as a script in its page sees it: the contract over HTTP, the spool route.
let home: string;
let dataDir: string;
let host: TestHost;
const ref = { profileId: 'abcdef', bucket: 'my-bucket' };

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; details?: { reason?: string; fields?: string[] } };
}

async function call(channel: string, input: unknown): Promise<Envelope> {
  return (await (await host.invoke(channel, input)).json()) as Envelope;
}

async function grantOf(channel: string, input: unknown): Promise<string> {
  const envelope = await call(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return (envelope.value as { grant: string }).grant;
}

async function spoolGrant(name: string): Promise<string> {
  const query = new URLSearchParams({ drop: 'drop0001', path: name });
  const res = await fetch(`http://127.0.0.1:${host.port}/api/spool?${query.toString()}`, {
    method: 'POST',
    headers: { Cookie: host.cookie },
    body: 'dropped bytes',
  });
  return ((await res.json()) as { value: { grant: string } }).value.grant;
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'holdall-grants-home-'));
  // Where it is by default: inside the home folder, under a hidden folder.
  dataDir = join(home, '.config', 'holdall');
  await mkdir(join(home, 'Downloads'), { recursive: true });
  await mkdir(join(home, 'photos'));
  await writeFile(join(home, 'photos', 'a.jpg'), 'jpg');
  host = await startTestHost({ home, dataDir });
  await symlink(dataDir, join(home, 'notes'));
  await symlink(tmpdir(), join(home, 'elsewhere'));
});
afterAll(async () => {
  await host.close();
  await rm(home, { recursive: true, force: true });
});

describe('local paths through the browser host are capabilities', () => {
  it('refuses a local path wherever a grant goes, naming the field', async () => {
    const key = join(dataDir, 'secret.key');
    const cases: [string, unknown, string][] = [
      ['tasks.start', { kind: 'upload', ...ref, keyPrefix: '', grants: [key] }, 'grants.0'],
      ['tasks.start', { kind: 'download', ...ref, keys: ['a'], destination: home }, 'destination'],
      ['objects.put', { ...ref, key: 'k', source: { kind: 'file', grant: key } }, 'source.grant'],
      [
        'multipart.uploadPart',
        {
          ...ref,
          key: 'k',
          uploadId: 'u',
          partNumber: 1,
          source: { kind: 'file', grant: key, offset: 0, length: 1 },
        },
        'source.grant',
      ],
    ];
    for (const [channel, input, field] of cases) {
      const envelope = await call(channel, input);
      expect(envelope.error?.code, channel).toBe('InvalidInput');
      expect(envelope.error?.details?.fields, channel).toEqual([field]);
      expect(envelope.error?.message, channel).toContain('the contract takes no local paths');
    }
    // The fields that took paths before are gone: sending one is an unknown field.
    for (const [channel, input] of [
      ['tasks.start', { kind: 'upload', ...ref, keyPrefix: '', paths: [key] }],
      ['tasks.start', { kind: 'download', ...ref, keys: ['a'], destinationDir: home }],
      ['objects.put', { ...ref, key: 'k', source: { kind: 'file', path: key } }],
    ] as const)
      expect((await call(channel, input)).error?.code, channel).toBe('InvalidInput');
  });

  it('refuses a made-up grant id', async () => {
    const envelope = await call('tasks.start', {
      kind: 'upload',
      ...ref,
      keyPrefix: '',
      grants: ['A'.repeat(32)],
    });
    expect(envelope.error).toMatchObject({ code: 'GrantRefused', details: { reason: 'unknown' } });
    expect(envelope.error?.message).toMatch(/unknown to this window/);
  });

  it('refuses a grant used for the wrong purpose', async () => {
    const downloads = await grantOf('folders.grant', { under: 'Downloads' });
    const dropped = await spoolGrant('dropped.txt');
    const upload = await call('tasks.start', {
      kind: 'upload',
      ...ref,
      keyPrefix: '',
      grants: [downloads],
    });
    expect(upload.error).toMatchObject({ code: 'GrantRefused', details: { reason: 'wrongUse' } });
    expect(upload.error?.message).toMatch(/allows writing into a folder, not reading/);
    const download = await call('tasks.start', {
      kind: 'download',
      ...ref,
      keys: ['a'],
      destination: dropped,
    });
    expect(download.error).toMatchObject({ code: 'GrantRefused', details: { reason: 'wrongUse' } });
    const put = await call('objects.put', {
      ...ref,
      key: 'k',
      source: { kind: 'file', grant: downloads },
    });
    expect(put.error).toMatchObject({ code: 'GrantRefused', details: { reason: 'wrongUse' } });
  });

  it('grants a picked folder to read its tree when asked (a sync up), never to write into', async () => {
    const read = await grantOf('folders.grant', { under: 'photos', use: 'read' });
    const download = await call('tasks.start', {
      kind: 'download',
      ...ref,
      keys: ['a'],
      destination: read,
    });
    expect(download.error).toMatchObject({ code: 'GrantRefused', details: { reason: 'wrongUse' } });
    const upload = await call('tasks.start', {
      kind: 'upload',
      ...ref,
      keyPrefix: '',
      grants: [read],
    });
    expect(upload.error?.code).not.toBe('GrantRefused');
  });

  it('refuses the app data folder: by name, through a symlink, or by granting a folder holding it', async () => {
    const hidden = await call('folders.grant', { under: '.config/holdall' });
    expect(hidden.error?.code).toBe('InvalidInput');
    expect(hidden.error?.message).toMatch(/hidden folders/);
    const linked = await call('folders.grant', { under: 'notes' });
    expect(linked.error).toMatchObject({ code: 'GrantRefused', details: { reason: 'protected' } });
    expect(linked.error?.message).toMatch(/inside Holdall's own data folder/);
    const holding = await call('folders.grant', { under: '' });
    expect(holding.error).toMatchObject({ code: 'GrantRefused', details: { reason: 'protected' } });
    expect(holding.error?.message).toMatch(/holds Holdall's own data folder/);
  });

  it('keeps the picker inside the home folder', async () => {
    const climbing = await call('folders.list', { under: '../..' });
    expect(climbing.error?.code).toBe('InvalidInput');
    const absolute = await call('folders.grant', { under: '/etc' });
    expect(absolute.error?.code).toBe('InvalidInput');
    const outside = await call('folders.grant', { under: 'elsewhere' });
    expect(outside.error).toMatchObject({
      code: 'GrantRefused',
      details: { reason: 'outsidePickerRoot' },
    });
  });

  it('lists visible folders, starting in Downloads, and grants one to write into', async () => {
    const start = await call('folders.list', {});
    expect(start.value).toMatchObject({
      under: 'Downloads',
      path: join(home, 'Downloads'),
      parent: '',
      folders: [],
    });
    const root = await call('folders.list', { under: '' });
    expect(root.value).toMatchObject({ under: '', parent: null, truncated: false });
    expect((root.value as { folders: string[] }).folders).toEqual([
      'Downloads',
      'elsewhere',
      'notes',
      'photos',
    ]);
    const granted = await call('folders.grant', { under: 'photos' });
    expect(granted.value).toEqual({
      grant: expect.stringMatching(/^[\w-]{32}$/) as unknown,
      path: join(home, 'photos'),
    });
  });
});
