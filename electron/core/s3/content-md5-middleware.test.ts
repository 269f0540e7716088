import { createHash } from 'node:crypto';
import { DeleteObjectsCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { useContentMd5, wantsContentMd5 } from './content-md5-middleware.js';

interface Sent {
  headers: Record<string, string>;
  body: unknown;
}

/** A client whose transport records the signed request and goes no further. */
function recordingClient(mode: 'WHEN_REQUIRED' | 'WHEN_SUPPORTED'): {
  client: S3Client;
  sent: Sent[];
} {
  const sent: Sent[] = [];
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
    requestChecksumCalculation: mode,
    responseChecksumValidation: mode,
    maxAttempts: 1,
    requestHandler: {
      handle: (request: Sent) => {
        sent.push({ headers: { ...request.headers }, body: request.body });
        return Promise.reject(new Error('recorded'));
      },
    },
  });
  return { client, sent };
}

const deleteTwo = () =>
  new DeleteObjectsCommand({
    Bucket: 'b',
    Delete: { Objects: [{ Key: 'a' }, { Key: 'ü/b' }], Quiet: true },
  });

function checksumHeaders(headers: Record<string, string>): string[] {
  return Object.keys(headers)
    .map((h) => h.toLowerCase())
    .filter((h) => h.startsWith('x-amz-checksum-') || h === 'x-amz-sdk-checksum-algorithm')
    .sort();
}

describe('Content-MD5 for DeleteObjects', () => {
  it('shows the SDK quirk: CRC32 on DeleteObjects even with WHEN_REQUIRED', async () => {
    const { client, sent } = recordingClient('WHEN_REQUIRED');
    await expect(client.send(deleteTwo())).rejects.toThrow('recorded');
    expect(checksumHeaders(sent[0]?.headers ?? {})).toContain('x-amz-checksum-crc32');
  });

  it('replaces the flexible checksum with the MD5 of the body, under the signature', async () => {
    const { client, sent } = recordingClient('WHEN_REQUIRED');
    await expect(client.send(useContentMd5(deleteTwo()))).rejects.toThrow('recorded');
    const [request] = sent;
    expect(request).toBeDefined();
    if (request === undefined) return;
    expect(checksumHeaders(request.headers)).toEqual([]);
    const body = String(request.body);
    expect(body).toContain('<Key>ü/b</Key>');
    expect(request.headers['content-md5']).toBe(
      createHash('md5').update(body, 'utf8').digest('base64'),
    );
    // Signed after the swap: the signature covers content-md5.
    expect(request.headers.authorization).toMatch(/SignedHeaders=[^,]*content-md5/);
  });

  it('is wanted for WHEN_REQUIRED (non-AWS) clients only', async () => {
    expect(await wantsContentMd5(recordingClient('WHEN_REQUIRED').client)).toBe(true);
    expect(await wantsContentMd5(recordingClient('WHEN_SUPPORTED').client)).toBe(false);
  });
});
