import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-args.js';
import { CliError } from './cli-session.js';
import { uploadPrefix } from './commands/cp.js';
import { CONFIG_KINDS } from './commands/config.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { parseS3Url } from './s3-url.js';

const parse = (...argv: string[]) => parseCli(argv, {});

function usageError(run: () => unknown): CliError {
  try {
    run();
  } catch (err) {
    if (err instanceof CliError) return err;
    throw err;
  }
  throw new Error('expected a usage error');
}

describe('parseS3Url', () => {
  it('keeps keys byte for byte and refuses what is not s3://bucket', () => {
    expect(parseS3Url('s3://b')).toEqual({ bucket: 'b', key: '' });
    expect(parseS3Url('s3://b/a b/../c+d/')).toEqual({ bucket: 'b', key: 'a b/../c+d/' });
    expect(parseS3Url('s3:///key')).toBeUndefined();
    expect(parseS3Url('/local/path')).toBeUndefined();
  });
});

describe('parseCli', () => {
  it('reads du of a bucket or folder, with or without s3://, and --versions', () => {
    expect(parse('du', 's3://b/photos/', '--versions').command).toEqual({
      name: 'du',
      where: { bucket: 'b', key: 'photos/' },
      versions: true,
    });
    expect(parse('du', 'b').command).toEqual({
      name: 'du',
      where: { bucket: 'b', key: '' },
      versions: false,
    });
    expect(usageError(() => parse('du')).exitCode).toBe(EXIT.usage);
    expect(usageError(() => parse('du', '/photos')).message).toContain('du must be s3://');
  });

  it('tells uploads from downloads by which side is s3://', () => {
    expect(parse('cp', 'photos', 's3://b/backup/').command).toMatchObject({
      name: 'upload',
      source: 'photos',
      destination: { bucket: 'b', key: 'backup/' },
      conflict: 'overwrite',
    });
    expect(parse('cp', 's3://b/k.txt', 'here', '--conflict', 'skip').command).toMatchObject({
      name: 'download',
      folder: 'here',
      conflict: 'skip',
    });
  });

  it('takes a saved connection by name, else the environment', () => {
    expect(parse('ls', '--connection', 'Work', '--data-dir', '/d').connection).toEqual({
      kind: 'saved',
      name: 'Work',
      dataDir: '/d',
    });
    expect(parseCli(['ls'], { HOLDALL_CONNECTION: 'Home' }).connection).toMatchObject({
      kind: 'saved',
      name: 'Home',
    });
    expect(parse('ls').connection.kind).toBe('env');
  });

  it.each([
    [['cp', 'a', 'b'], /exactly one side is s3/],
    [['cp', 's3://a/x', 's3://b/y'], /exactly one side is s3/],
    [['mb', 's3://b/key'], /Name only the bucket/],
    [['presign', 's3://b/k', '--expires', '1.5'], /--expires/],
    [['cp', 'a', 's3://b/', '--conflict', 'ask'], /--conflict/],
    [['config', 'list', 'cors', 's3://b'], /config takes get, put, delete/],
    [['frobnicate'], /No command "frobnicate"/],
    [['ls', '--nope'], /Unknown option/],
  ])('refuses %j with a usage error naming what is wrong', (argv, message) => {
    const err = usageError(() => parse(...argv));
    expect(err.exitCode).toBe(EXIT.usage);
    expect(err.message).toMatch(message);
  });
});

describe('uploadPrefix', () => {
  it('puts a file or folder under a folder, or under the name it already has', () => {
    expect(uploadPrefix('/x/a.txt', 'docs/')).toBe('docs/');
    expect(uploadPrefix('/x/a.txt', '')).toBe('');
    expect(uploadPrefix('/x/a.txt', 'docs/a.txt')).toBe('docs/');
    expect(uploadPrefix('/x/a.txt', 'a.txt')).toBe('');
    expect(usageError(() => uploadPrefix('/x/a.txt', 'docs/b.txt')).message).toMatch(/keeps names/);
  });
});

describe('exit codes and kinds', () => {
  it('classes failures so scripts can act on them', () => {
    expect(exitCodeFor('NoSuchKey')).toBe(EXIT.notFound);
    expect(exitCodeFor('SignatureDoesNotMatch')).toBe(EXIT.denied);
    expect(exitCodeFor('EndpointUnreachable')).toBe(EXIT.network);
    expect(exitCodeFor('MalformedPolicy')).toBe(EXIT.rejected);
    expect(exitCodeFor('Internal')).toBe(EXIT.failed);
  });

  it('offers every bucket configuration the contract has', () => {
    expect(CONFIG_KINDS).toEqual(
      expect.arrayContaining(['policy', 'acl', 'cors', 'website', 'replication', 'notification']),
    );
  });
});
