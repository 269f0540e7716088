import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { ListObjectsV2CommandOutput } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from './client-factory.js';
import { scanListing } from './listing-scan.js';
import { startFakeS3 } from './test-servers/fake-s3.js';
import type { FakeS3 } from './test-servers/fake-s3.js';

// The scan must give exactly what the SDK's own parser gives, for any answer a server sends.
let body = '';
let server: FakeS3;
let scanning: S3Client;
let plain: S3Client;

beforeAll(async () => {
  server = await startFakeS3(() => ({ status: 200, body }));
  scanning = createS3Client({
    provider: 'generic',
    endpoint: server.endpoint,
    region: 'us-east-1',
    addressing: 'path',
    accessKeyId: 'SCANKEY',
    secretAccessKey: 'scan-secret',
  });
  plain = new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'SCANKEY', secretAccessKey: 'scan-secret' },
  });
});
afterAll(async () => {
  scanning.destroy();
  plain.destroy();
  await server.close();
});

const visible = (out: ListObjectsV2CommandOutput) => ({
  Contents: out.Contents,
  CommonPrefixes: out.CommonPrefixes,
  IsTruncated: out.IsTruncated,
  NextContinuationToken: out.NextContinuationToken,
  KeyCount: out.KeyCount,
  Prefix: out.Prefix,
  Name: out.Name,
});

async function bothRead(xml: string) {
  body = xml;
  const command = () => new ListObjectsV2Command({ Bucket: 'b' });
  const scanned = visible(await scanning.send(command()));
  const parsed = visible(await plain.send(command()));
  return { scanned, parsed };
}

/** A character as a server may write it: raw where XML allows, or as an entity. */
const xmlChar = fc
  .tuple(
    fc.oneof(
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
        // Markup and line breaks come from the list below, escaped as a server must
        // ("≮" can be "<" and a combining mark; "\r\n" is one grapheme).
        .filter((g) => !/[<&\r\n]/.test(g)),
      fc.constantFrom('&', '<', '>', '"', "'", ' ', '/', '%', '?', '#', '+', '\t', '中', 'é'),
    ),
    fc.nat(3),
  )
  .map(([c, how]) => {
    if (c === '&') return '&amp;';
    if (c === '<') return '&lt;';
    if (how === 0 && c.length === 1) return `&#${c.charCodeAt(0)};`;
    if (how === 1 && c.length === 1) return `&#x${c.charCodeAt(0).toString(16)};`;
    if (c === '>' && how === 2) return '&gt;';
    if (c === '"' && how === 2) return '&quot;';
    if (c === "'" && how === 2) return '&apos;';
    return c;
  });
const xmlText = fc.array(xmlChar, { minLength: 1, maxLength: 40 }).map((a) => a.join(''));

const objectXml = fc
  .record({
    key: xmlText,
    size: fc.nat(),
    etag: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 }),
    modified: fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2090-01-01'),
      noInvalidDate: true,
    }),
    owner: fc.option(fc.tuple(xmlText, xmlText), { nil: undefined }),
    type: fc.boolean(),
  })
  .map(
    (o) =>
      `<Contents><Key>${o.key}</Key><LastModified>${o.modified.toISOString()}</LastModified>` +
      `<ETag>&quot;${o.etag}&quot;</ETag><Size>${o.size}</Size><StorageClass>STANDARD</StorageClass>` +
      (o.owner === undefined
        ? ''
        : `<Owner><ID>${o.owner[0]}</ID><DisplayName>${o.owner[1]}</DisplayName></Owner>`) +
      (o.type ? '<Type>Normal</Type>' : '') +
      '</Contents>',
  );
const prefixXml = xmlText.map((p) => `<CommonPrefixes><Prefix>${p}/</Prefix></CommonPrefixes>`);

const answer = (entries: string[], token?: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
  `<Name>b</Name><Prefix></Prefix><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter>` +
  `<IsTruncated>${token === undefined ? 'false' : 'true'}</IsTruncated>` +
  entries.join('') +
  (token === undefined ? '' : `<NextContinuationToken>${token}</NextContinuationToken>`) +
  `<KeyCount>${entries.length}</KeyCount></ListBucketResult>`;

describe('listing scan', () => {
  it('reads a pretty-printed answer as the SDK does', async () => {
    const entry = '\n  <Contents>\n    <Key> k </Key>\n    <Size>1</Size>\n  </Contents>\n';
    expect(scanListing(answer([entry, entry]))).toBeDefined();
    const { scanned, parsed } = await bothRead(answer([entry, entry]));
    expect(scanned).toEqual(parsed);
    expect(parsed.Contents?.[0]?.Key).toBe(' k ');
  });

  it('reads any plain answer exactly as the SDK parses it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(objectXml, prefixXml), { maxLength: 30 }),
        fc.option(xmlText, { nil: undefined }),
        async (entries, token) => {
          const xml = answer(entries, token);
          // The fast path took it: this compares the scan, not a fallback, with the SDK.
          expect(scanListing(xml)).toBeDefined();
          const { scanned, parsed } = await bothRead(xml);
          expect(scanned).toEqual(parsed);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ['a CDATA key', '<Contents><Key><![CDATA[a<b]]></Key><Size>1</Size></Contents>'],
    ['a comment', '<Contents><!-- x --><Key>k</Key><Size>1</Size></Contents>'],
    ['an attribute', '<Contents a="1"><Key>k</Key><Size>1</Size></Contents>'],
    [
      'a checksum list',
      '<Contents><Key>k</Key><ChecksumAlgorithm>CRC32</ChecksumAlgorithm></Contents>',
    ],
    ['a carriage return in a key', '<Contents><Key>a\r\nb</Key><Size>1</Size></Contents>'],
    ['an empty element', '<Contents><Key>k</Key><Owner/></Contents>'],
    [
      'a key that is a line break written as an entity',
      '<Contents><Key>&#10;</Key><Size>1</Size></Contents>',
    ],
  ])('leaves %s to the SDK, with the same result', async (_, entry) => {
    expect(scanListing(answer([entry, entry]))).toBeUndefined();
    const { scanned, parsed } = await bothRead(answer([entry, entry]));
    expect(scanned).toEqual(parsed);
    expect(parsed.Contents?.length).toBe(2);
  });
});
