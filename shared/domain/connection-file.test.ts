import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConnectionFileError,
  MAX_CONNECTION_FILE_BYTES,
  parseConnectionFile,
} from './connection-file.js';

const valid = {
  format: 'holdall-connections',
  version: 1,
  exportedAt: '2026-12-06T23:00:00.000Z',
  connections: [
    {
      name: 'Lab',
      provider: 'ceph',
      endpoint: 'http://127.0.0.1:7480',
      region: 'us-east-1',
      addressing: 'path',
      accessKeyId: 'AKID',
    },
  ],
};

const problemOf = (text: string): string => {
  try {
    parseConnectionFile(text);
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(ConnectionFileError);
    return (err as Error).message;
  }
};

describe('the connections file format', () => {
  it('reads a file of its own version', () => {
    expect(parseConnectionFile(JSON.stringify(valid)).connections[0]?.name).toBe('Lab');
  });

  it('names what is wrong: not JSON, another format or version, a bad field, too big', () => {
    expect(problemOf('{')).toContain('not JSON');
    expect(problemOf(JSON.stringify({ ...valid, format: 'other' }))).toContain('format');
    expect(problemOf(JSON.stringify({ ...valid, version: 2 }))).toContain('version 2');
    const badRegion = { ...valid, connections: [{ ...valid.connections[0], region: 'EU WEST' }] };
    expect(problemOf(JSON.stringify(badRegion))).toContain('connections.0.region');
    const secretInside = {
      ...valid,
      connections: [{ ...valid.connections[0], secretAccessKey: 'plain' }],
    };
    expect(problemOf(JSON.stringify(secretInside))).toContain('connections.0');
    expect(problemOf(JSON.stringify({ ...valid, connections: [] }))).toContain('connections');
    expect(problemOf(' '.repeat(MAX_CONNECTION_FILE_BYTES + 1))).toContain('larger than');
    const hugeCost = {
      ...valid,
      sealedSecrets: {
        kdf: {
          name: 'scrypt',
          salt: 'A'.repeat(24),
          cost: 2 ** 30,
          blockSize: 8,
          parallelization: 1,
        },
        cipher: { name: 'aes-256-gcm', nonce: 'A'.repeat(16), tag: 'A'.repeat(24) },
        data: 'AAAA',
      },
    };
    expect(problemOf(JSON.stringify(hugeCost))).toContain('sealedSecrets.kdf.cost');
  });

  it('throws nothing but its own error, whatever the text (fuzzed)', () => {
    const fields = fc.dictionary(fc.string(), fc.jsonValue());
    const nearlyValid = fc
      .record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.jsonValue() })
      .map(({ key, value }) => JSON.stringify({ ...valid, [key]: value }));
    const connectionTweak = fields.map((extra) =>
      JSON.stringify({ ...valid, connections: [{ ...valid.connections[0], ...extra }] }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          nearlyValid,
          connectionTweak,
        ),
        (text) => {
          problemOf(text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
