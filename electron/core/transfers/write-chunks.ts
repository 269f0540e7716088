import type { FileHandle } from 'node:fs/promises';

/**
 * Writes the chunks one after another from `position`, handing the thread pool the list as it
 * is (no copy into one buffer); a short write goes on from where it stopped.
 */
export async function writeChunks(
  file: FileHandle,
  chunks: readonly Buffer[],
  position: number,
): Promise<void> {
  let at = position;
  let rest = chunks;
  while (rest.length > 0) {
    const { bytesWritten } = await file.writev(rest, at);
    // A file that takes no byte would otherwise be asked forever.
    if (bytesWritten === 0) throw Object.assign(new Error('No byte was written'), { code: 'EIO' });
    at += bytesWritten;
    let skip = bytesWritten;
    const left: Buffer[] = [];
    for (const chunk of rest) {
      if (skip >= chunk.length) skip -= chunk.length;
      else {
        left.push(skip === 0 ? chunk : chunk.subarray(skip));
        skip = 0;
      }
    }
    rest = left;
  }
}
