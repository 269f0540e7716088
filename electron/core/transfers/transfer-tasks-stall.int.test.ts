import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../shared/domain/task.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { tempDir } from './test-files.js';
import { TransferTasks } from './transfer-tasks.js';

// A server that takes the connection and never answers: the upload runs, but nothing advances.
let silent: Server;
const sockets = new Set<Socket>();
let endpoint: string;

beforeAll(async () => {
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('a transfer task that stops advancing', () => {
  it('shows as stalled while nothing moves, and can still be canceled', async () => {
    const client = createS3Client({ ...testSettings(), endpoint }, { maxAttempts: 1 });
    const snapshots: TaskRecord[] = [];
    let wake: (() => void) | undefined;
    const tasks = new TransferTasks({
      journalDir: await tempDir('stall-journal'),
      clientFor: () => Promise.resolve(client),
      stallAfterMs: 100,
      onSnapshot: (record) => {
        snapshots.push(record);
        wake?.();
      },
    });
    const stalled = new Promise<void>((resolve) => {
      wake = () => {
        if (snapshots.some((s) => s.state === 'stalled')) resolve();
      };
    });
    try {
      const path = join(await tempDir('stall-in'), 'quiet.txt');
      await writeFile(path, 'never arrives');
      const { id } = await tasks.startUpload(
        {
          kind: 'upload',
          profileId: 'profile-1',
          bucket: 'silent',
          keyPrefix: '',
          grants: ['g'.repeat(32)],
          conflict: 'overwrite',
        },
        [path],
      );
      await stalled;
      expect(snapshots.find((s) => s.state === 'stalled')).toMatchObject({
        id,
        bytesPerSecond: 0,
        controls: ['pause', 'cancel'],
      });
      expect((await tasks.control(id, 'cancel')).state).toBe('canceled');
    } finally {
      await tasks.close();
      client.destroy();
    }
  });
});
