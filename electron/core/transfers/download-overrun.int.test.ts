import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { startOverlongObjectServer } from '../s3/test-servers/overlong-object.js';
import type { Overrun } from '../s3/test-servers/overlong-object.js';
import { testSettings } from '../test-support.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import { tempDir } from './test-files.js';

const MiB = 1024 * 1024;

describe('a server sending more than the object holds', () => {
  it.each<[string, Overrun]>([
    ['streams without end after the promised range', 'endless'],
    ['answers with a Content-Length beyond the size HEAD gave', 'longer'],
    ['answers with a Content-Range for other bytes', 'wrongRange'],
  ])('%s: the download fails naming the server, nothing is kept', async (_, overrun) => {
    const body = Buffer.from('ten bytes!');
    const server = await startOverlongObjectServer(body, overrun);
    const h = harness(
      await tempDir('journal'),
      {},
      { ...testSettings(), endpoint: server.endpoint },
    );
    try {
      const out = await tempDir('overrun');
      const { jobs } = await h.queue.enqueueDownload({
        profileId: PROFILE,
        bucket: 'lying-bucket',
        keys: ['ten.bin'],
        destinationDir: out,
        conflict: 'overwrite',
      });
      const done = await h.queue.settled(jobs[0]?.id ?? '');
      expect(done.state).toBe('failed');
      expect(done.error?.code).toBe('ResponseTooLong');
      expect(done.error?.message).toContain(new URL(server.endpoint).host);
      // Neither the final name nor a temporary file holds anything.
      expect(await readdir(out)).toEqual([]);
      // The client stopped reading: the server got nowhere near its cap.
      expect(server.sent()).toBeLessThan(16 * MiB);
    } finally {
      await h.close();
      await server.close();
    }
  });
});
