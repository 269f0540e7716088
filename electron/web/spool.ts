import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/contract/envelope.js';
import { destinationFor } from '../core/transfers/safe-destination.js';

const DROP_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Where the browser host keeps files dropped in the page: a browser cannot hand
 * over a path, so the bytes are streamed here first and then uploaded by the
 * same engine as any local file, resumable like one.
 */
export class Spool {
  constructor(readonly root: string) {}

  /**
   * Streams one dropped file to root/dropId/relativePath; the final name only ever holds all
   * of it. Answers where it went and the top-level item it belongs to (the file itself, or the
   * dropped folder holding it): that item is what gets uploaded.
   */
  async receive(
    body: IncomingMessage,
    dropId: string,
    relativePath: string,
  ): Promise<{ path: string; top: string }> {
    if (!DROP_ID.test(dropId))
      throw new AppError('InvalidInput', 'drop: is not a drop id', { fields: ['drop'] });
    // A browser's relative paths are "/"-separated; off Windows "back\slash.txt" is one name.
    const target = destinationFor(join(this.root, dropId), relativePath, '', process.platform, {
      backslashSeparates: process.platform === 'win32',
    });
    if (target.kind !== 'file') {
      const reason = target.kind === 'refused' ? target.reason : 'names a folder, not a file';
      throw new AppError('InvalidInput', `path: ${reason}`, { fields: ['path'] });
    }
    await mkdir(dirname(target.path), { recursive: true, mode: 0o700 });
    const partial = `${target.path}.partial`;
    try {
      await pipeline(body, createWriteStream(partial, { mode: 0o600 }));
      await rename(partial, target.path);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    // The first name of where the file landed, so it splits names exactly as the write did.
    const drop = join(this.root, dropId);
    const [topName = ''] = relative(drop, target.path).split(sep);
    return { path: target.path, top: join(drop, topName) };
  }

  /** The drop folder a spooled path belongs to, or undefined when it is not spooled. */
  dropOf(path: string): string | undefined {
    const inside = relative(this.root, path);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return undefined;
    const [dropId] = inside.split(sep);
    return dropId === undefined ? undefined : join(this.root, dropId);
  }

  /** Forgets a finished upload's bytes, and its drop folder once nothing is left in it. */
  async release(path: string): Promise<void> {
    const drop = this.dropOf(path);
    if (drop === undefined) return;
    await rm(path, { recursive: true, force: true });
    const left = await readdir(drop).catch(() => []);
    if (left.length === 0) await rm(drop, { recursive: true, force: true });
  }

  /** Drops older than maxAgeMs belong to uploads that were never finished nor canceled. */
  async sweep(maxAgeMs: number, now = Date.now()): Promise<void> {
    for (const entry of await readdir(this.root).catch(() => [])) {
      const path = join(this.root, entry);
      const info = await stat(path).catch(() => undefined);
      if (info !== undefined && now - info.mtimeMs > maxAgeMs)
        await rm(path, { recursive: true, force: true });
    }
  }
}
