import { describe, expect, it } from 'vitest';
import { sendDrop } from './spool-drop.js';
import type { DropSource, DropTransport } from './spool-drop.js';

const source = (relativePath: string): DropSource => ({ relativePath, file: new Blob(['x']) });

function fakeHost(fail: (path: string) => Error | undefined = () => undefined) {
  const log: string[] = [];
  let inFlight = 0;
  let most = 0;
  const transport: DropTransport = {
    open: (_drop, files) => {
      log.push(`open ${files.map((f) => f.path).join(',')}`);
      // The host's walk order: here the reverse of what was listed.
      return Promise.resolve({
        grants: ['folder-grant'],
        order: files.map((_, i) => files.length - 1 - i),
      });
    },
    send: async (_drop, files) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return files.map((s) => {
        const error = fail(s.relativePath);
        if (error !== undefined) return { error };
        log.push(`send ${s.relativePath}`);
        return { grant: s.relativePath.includes('/') ? undefined : `grant-${s.relativePath}` };
      });
    },
    start: (grants) => {
      log.push(`start ${grants.join(',')}`);
      return Promise.resolve('task-0001');
    },
    cancel: (id) => {
      log.push(`cancel ${id}`);
      return Promise.resolve();
    },
  };
  return { transport, log, most: () => most };
}

const watch = (signal = new AbortController().signal) => {
  const failed: string[] = [];
  return {
    failed,
    signal,
    onBytes: () => undefined,
    onFileDone: () => undefined,
    onFailed: (s: DropSource) => failed.push(s.relativePath),
  };
};

describe('sending a drop to the browser host', () => {
  it('starts one task for folders and loose files before a folder byte, then sends in walk order', async () => {
    const host = fakeHost();
    const sources = ['d/1', 'd/2', 'd/3', 'loose', 'other'].map(source);
    await sendDrop('drop0001', sources, host.transport, { ...watch(), concurrency: 1 });
    expect(host.log).toEqual([
      'open d/1,d/2,d/3',
      'send loose',
      'send other',
      'start folder-grant,grant-loose,grant-other',
      'send d/3',
      'send d/2',
      'send d/1',
    ]);
  });

  it('starts loose files once they all landed, and nothing when none could be sent', async () => {
    const host = fakeHost();
    await sendDrop('drop0001', ['a', 'b'].map(source), host.transport, watch());
    expect(host.log.filter((l) => l.startsWith('start'))).toEqual(['start grant-a,grant-b']);
    const broken = fakeHost(() => new Error('unreadable'));
    await sendDrop('drop0002', ['a'].map(source), broken.transport, watch());
    expect(broken.log).toEqual([]);
  });

  it('sends small files 32 to a request, and at most the concurrency it is given at once', async () => {
    const host = fakeHost();
    const sources = Array.from({ length: 300 }, (_, i) => source(`d/${i}`));
    const requests: number[] = [];
    const counting: DropTransport = {
      ...host.transport,
      send: (drop, files, onProgress, signal) => {
        requests.push(files.length);
        return host.transport.send(drop, files, onProgress, signal);
      },
    };
    await sendDrop('drop0001', sources, counting, { ...watch(), concurrency: 4 });
    expect(requests).toEqual([32, 32, 32, 32, 32, 32, 32, 32, 32, 12]);
    expect(host.most()).toBe(4);
  });

  it('sends a file over 1 MiB in a request of its own', async () => {
    const host = fakeHost();
    const big = { relativePath: 'd/big', file: new Blob([new Uint8Array(1024 * 1024 + 1)]) };
    const requests: string[][] = [];
    const counting: DropTransport = {
      ...host.transport,
      send: (drop, files, onProgress, signal) => {
        requests.push(files.map((f) => f.relativePath));
        return host.transport.send(drop, files, onProgress, signal);
      },
    };
    await sendDrop('drop0001', [source('d/a'), big, source('d/b')], counting, {
      ...watch(),
      concurrency: 1,
    });
    expect(requests).toEqual([['d/b'], ['d/big'], ['d/a']]);
  });

  it('reports a file that could not be sent and sends the others', async () => {
    const host = fakeHost((p) => (p === 'd/2' ? new Error('unreadable') : undefined));
    const w = watch();
    await sendDrop('drop0001', ['d/1', 'd/2', 'd/3'].map(source), host.transport, w);
    expect(w.failed).toEqual(['d/2']);
    expect(host.log.filter((l) => l.startsWith('send')).sort()).toEqual(['send d/1', 'send d/3']);
  });

  it('stops sending and cancels the task when the person cancels', async () => {
    const stop = new AbortController();
    const host = fakeHost((p) => {
      if (p === 'd/199') stop.abort();
      return undefined;
    });
    const sources = Array.from({ length: 200 }, (_, i) => source(`d/${i}`));
    await expect(
      sendDrop('drop0001', sources, host.transport, { ...watch(stop.signal), concurrency: 1 }),
    ).rejects.toMatchObject({ code: 'Canceled' });
    expect(host.log.at(-1)).toBe('cancel task-0001');
    expect(host.log.filter((l) => l.startsWith('send')).length).toBeLessThan(200);
  });

  it('skips the rest of an item whose upload was canceled in the panel, and goes on with others', async () => {
    const canceled = Object.assign(new Error('canceled'), { code: 'Canceled' });
    const host = fakeHost((p) => (p.startsWith('a/') ? canceled : undefined));
    const w = watch();
    const sources = ['a/1', 'a/2', 'a/3', 'b/1'].map(source);
    await sendDrop('drop0001', sources, host.transport, { ...w, concurrency: 1 });
    expect(w.failed).toEqual([]);
    expect(host.log.filter((l) => l.startsWith('send'))).toEqual(['send b/1']);
  });
});
