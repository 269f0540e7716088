import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { writeChunks } from './write-chunks.js';

/** A file that takes at most `perCall` bytes per writev, as a full disk or a signal may leave it. */
function shortWritingFile(perCall: number): { file: FileHandle; bytes: () => Buffer } {
  const disk = Buffer.alloc(64);
  let end = 0;
  const file = {
    writev(buffers: Buffer[], position: number) {
      const all = Buffer.concat(buffers).subarray(0, perCall);
      all.copy(disk, position);
      end = Math.max(end, position + all.length);
      return Promise.resolve({ bytesWritten: all.length, buffers });
    },
  } as unknown as FileHandle;
  return { file, bytes: () => disk.subarray(0, end) };
}

describe('writeChunks', () => {
  const chunks = [Buffer.from('abc'), Buffer.from('defgh'), Buffer.from('ij')];

  it.each([1, 2, 3, 4, 7, 100])('writes every byte in order when each call takes %i', async (n) => {
    const { file, bytes } = shortWritingFile(n);
    await writeChunks(file, chunks, 5);
    expect(bytes().subarray(5).toString()).toBe('abcdefghij');
  });

  it('fails instead of asking forever when a call takes nothing', async () => {
    const { file } = shortWritingFile(0);
    await expect(writeChunks(file, chunks, 0)).rejects.toMatchObject({ code: 'EIO' });
  });
});
