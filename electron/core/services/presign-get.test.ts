import { describe, expect, it } from 'vitest';
import { createS3Client } from '../s3/client-factory.js';
import { presignGet } from './presign-get.js';

const settings = {
  endpoint: '',
  region: 'eu-west-1',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'secret',
} as const;

describe('presignGet', () => {
  it('signs only the host header, even with the AWS default checksums, so a browser link works', async () => {
    const client = createS3Client({ ...settings, provider: 'aws', addressing: 'virtual' });
    const { url, expiresAt } = await presignGet(
      client,
      { bucket: 'my-bucket', key: 'a b/c.txt' },
      3600,
    );
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/a%20b/c.txt');
    expect(parsed.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect(parsed.searchParams.get('X-Amz-Expires')).toBe('3600');
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3590_000);
    client.destroy();
  });

  it('refuses more than 7 days before signing', async () => {
    const client = createS3Client({ ...settings, provider: 'aws', addressing: 'virtual' });
    await expect(presignGet(client, { bucket: 'b-b-b', key: 'k' }, 604_801)).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('7 days') as unknown,
    });
    client.destroy();
  });
});
