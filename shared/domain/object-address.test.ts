import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeKeyPath, objectUrl, s3Uri } from './object-address.js';
import type { ObjectAddressInput } from './object-address.js';

/** What a server reads from the URL a client sends: parsed (dot segments resolved), then decoded. */
function keyServedBy(url: string, pathPrefix: string): string {
  const { pathname } = new URL(url);
  expect(pathname.startsWith(pathPrefix)).toBe(true);
  return decodeURIComponent(pathname.slice(pathPrefix.length));
}

const hostileChar = fc.constantFrom(
  ' ',
  '#',
  '?',
  '%',
  '+',
  '/',
  '.',
  '&',
  '=',
  ';',
  '\\',
  '"',
  "'",
  '<',
  '~',
  '*',
  '(',
  '\t',
  '\n',
  'é',
  '文',
  '件',
  '😀',
  '\u0301',
);
// Keys S3 can store: valid UTF-8, 1 to 1024 bytes; the mix favours the characters URLs mangle.
const hostileKey = fc
  .array(fc.oneof(hostileChar, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join(''))
  .filter((key) => key !== '.' && key !== '..');

const connections: { name: string; input: Omit<ObjectAddressInput, 'key'>; prefix: string }[] = [
  {
    name: 'a path-style endpoint with a base path',
    input: {
      endpoint: 'http://127.0.0.1:7480/s3/',
      region: 'us-east-1',
      addressing: 'path',
      bucket: 'photos',
    },
    prefix: '/s3/photos/',
  },
  {
    name: 'AWS, virtual-hosted',
    input: { endpoint: '', region: 'eu-west-1', addressing: 'virtual', bucket: 'my-bucket' },
    prefix: '/',
  },
];

describe('objectUrl', () => {
  for (const { name, input, prefix } of connections) {
    it(`gives the key back for any hostile key (${name})`, () => {
      fc.assert(
        fc.property(hostileKey, (key) => {
          const url = objectUrl({ ...input, key });
          expect(url).not.toBeNull();
          expect(keyServedBy(url!, prefix)).toBe(key);
          // Nothing a URL parser treats as the end of the path (`#`, `?`) or as a space (`+`).
          expect(new URL(url!).search).toBe('');
          expect(new URL(url!).hash).toBe('');
        }),
        { numRuns: 500 },
      );
    });
  }

  it('writes a path-style URL under the endpoint', () => {
    expect(
      objectUrl({
        endpoint: 'http://rgw.example:7480',
        region: 'us-east-1',
        addressing: 'path',
        bucket: 'b',
        key: 'a dir/x#1?.txt',
      }),
    ).toBe('http://rgw.example:7480/b/a%20dir/x%231%3F.txt');
  });

  it('writes a virtual-hosted URL with the bucket in the host name', () => {
    expect(
      objectUrl({
        endpoint: 'https://s3.cn-north-1.jdcloud-oss.com',
        region: 'cn-north-1',
        addressing: 'virtual',
        bucket: 'media',
        key: '报告/a+b.pdf',
      }),
    ).toBe('https://media.s3.cn-north-1.jdcloud-oss.com/%E6%8A%A5%E5%91%8A/a%2Bb.pdf');
    expect(
      objectUrl({
        endpoint: '',
        region: 'us-east-1',
        addressing: 'virtual',
        bucket: 'b1x',
        key: 'k',
      }),
    ).toBe('https://b1x.s3.us-east-1.amazonaws.com/k');
  });

  it('falls back to path style where the SDK does: dotted bucket over https, an IP endpoint', () => {
    const base = { region: 'us-east-1', addressing: 'virtual' as const, key: 'k' };
    expect(objectUrl({ ...base, endpoint: '', bucket: 'a.b.c' })).toBe(
      'https://s3.us-east-1.amazonaws.com/a.b.c/k',
    );
    expect(objectUrl({ ...base, endpoint: 'http://10.0.0.1:9000', bucket: 'abc' })).toBe(
      'http://10.0.0.1:9000/abc/k',
    );
    expect(objectUrl({ ...base, endpoint: 'http://minio.lan:9000', bucket: 'a.b' })).toBe(
      'http://a.b.minio.lan:9000/k',
    );
  });

  it('keeps a key with dot segments in one segment so no parser resolves them away', () => {
    const url = objectUrl({
      endpoint: 'http://h:1',
      region: 'r',
      addressing: 'path',
      bucket: 'b',
      key: 'a/../b/./c',
    });
    expect(url).toBe('http://h:1/b/a%2F..%2Fb%2F.%2Fc');
    expect(keyServedBy(url!, '/b/')).toBe('a/../b/./c');
  });

  it('has no URL for the keys "." and "..", which no URL path carries', () => {
    expect(encodeKeyPath('.')).toBeNull();
    expect(
      objectUrl({ endpoint: '', region: 'r', addressing: 'path', bucket: 'b', key: '..' }),
    ).toBeNull();
  });
});

describe('s3Uri', () => {
  it('writes the key as it is, as the AWS CLI takes it', () => {
    expect(s3Uri('b', 'a dir/ü #1.txt')).toBe('s3://b/a dir/ü #1.txt');
  });
});
