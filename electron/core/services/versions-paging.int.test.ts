import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3 } from '../s3/test-servers/fake-s3.js';
import type { FakeS3 } from '../s3/test-servers/fake-s3.js';
import { clientFor, outcomeOf } from '../s3/test-servers/hostile-client.js';
import { listVersionsPage } from './object-versions.js';
import { listAsOfPage } from './versions-as-of-page.js';

/**
 * A server that lists one version of "a" for ever: each page says more follow and hands back
 * the marker it was asked with. Neither the versions list nor the "as it was at" loop, which
 * reads on inside a key by itself, may follow it.
 */
const endless = `<?xml version="1.0" encoding="UTF-8"?>
<ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>b</Name><Prefix></Prefix><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter>
  <IsTruncated>true</IsTruncated><NextKeyMarker>a</NextKeyMarker><NextVersionIdMarker>v1</NextVersionIdMarker>
  <Version><Key>a</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest>
    <LastModified>2026-03-01T12:00:00.000Z</LastModified><ETag>"e"</ETag><Size>1</Size>
    <StorageClass>STANDARD</StorageClass></Version>
</ListVersionsResult>`;

let server: FakeS3;
beforeAll(async () => {
  server = await startFakeS3(() => ({ status: 200, body: endless }));
});
afterAll(() => server.close());

/** Runs `walk` on a fresh client: it must end with repeatedToken within two requests. */
async function expectLeftWithinTwoRequests(walk: (client: S3Client) => Promise<unknown>) {
  const client = clientFor(server.endpoint);
  try {
    const before = server.requests.length;
    const outcome = await outcomeOf(() => walk(client));
    expect(outcome.error).toMatchObject({
      code: 'ServerMisbehaved',
      details: { problem: 'repeatedToken' },
    });
    expect(server.requests.length - before).toBeLessThanOrEqual(2);
  } finally {
    client.destroy();
  }
}

describe('versions paging against a server that pages for ever', () => {
  it('ends the versions list with ServerMisbehaved on a marker given again', async () => {
    await expectLeftWithinTwoRequests(async (client) => {
      let cursor = (await listVersionsPage(client, { bucket: 'b', prefix: '' })).next;
      for (let page = 0; page < 10 && cursor !== null; page++)
        cursor = (await listVersionsPage(client, { bucket: 'b', prefix: '', cursor })).next;
    });
  });

  it('ends the "as it was at" loop too, within two requests', async () => {
    await expectLeftWithinTwoRequests((client) =>
      listAsOfPage(client, { bucket: 'b', prefix: '', at: '2000-01-01T00:00:00Z' }),
    );
  });
});
