import { describe, expect, it } from 'vitest';
import { createEventStream } from './event-stream.js';
import type { SocketLike } from './event-stream.js';

class FakeSocket implements SocketLike {
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  closed = false;

  constructor(readonly url: string) {}

  open(): void {
    this.onopen?.call(undefined as never, new Event('open'));
  }
  receive(data: unknown): void {
    this.onmessage?.call(undefined as never, { data } as MessageEvent);
  }
  drop(): void {
    this.onclose?.call(undefined as never, {} as CloseEvent);
  }
  close(): void {
    this.closed = true;
    this.drop();
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: { run: () => void; delayMs: number; cancelled: boolean }[] = [];
  const stream = createEventStream({
    url: 'ws://127.0.0.1:1/api/events',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    schedule: (run, delayMs) => {
      const timer = { run, delayMs, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    random: () => 1,
  });
  return { sockets, timers, stream };
}

describe('event stream', () => {
  it('connects on the first subscription only', () => {
    const { sockets, stream } = setup();
    expect(sockets).toHaveLength(0);
    stream.on('a', () => {});
    stream.on('b', () => {});
    expect(sockets.map((s) => s.url)).toEqual(['ws://127.0.0.1:1/api/events']);
  });

  it('delivers payloads to listeners of that event until they unsubscribe', () => {
    const { sockets, stream } = setup();
    const seen: unknown[] = [];
    const off = stream.on('profiles.changed', (payload) => seen.push(payload));
    stream.on('other', () => seen.push('wrong'));
    sockets[0]?.receive(JSON.stringify({ event: 'profiles.changed', payload: { profiles: [] } }));
    off();
    sockets[0]?.receive(JSON.stringify({ event: 'profiles.changed', payload: 2 }));
    expect(seen).toEqual([{ profiles: [] }]);
  });

  it('ignores malformed messages', () => {
    const { sockets, stream } = setup();
    const seen: unknown[] = [];
    stream.on('e', (payload) => seen.push(payload));
    sockets[0]?.receive('not json');
    sockets[0]?.receive(JSON.stringify({ payload: 1 }));
    sockets[0]?.receive(new ArrayBuffer(2));
    expect(seen).toEqual([]);
  });

  it('keeps delivering when one listener throws', () => {
    const { sockets, stream } = setup();
    const seen: unknown[] = [];
    const original = console.error;
    console.error = () => {};
    try {
      stream.on('e', () => {
        throw new Error('boom');
      });
      stream.on('e', (payload) => seen.push(payload));
      sockets[0]?.receive(JSON.stringify({ event: 'e', payload: 1 }));
    } finally {
      console.error = original;
    }
    expect(seen).toEqual([1]);
  });

  it('reconnects with growing delays, and resets them once connected', () => {
    const { sockets, timers, stream } = setup();
    stream.on('e', () => {});
    sockets[0]?.drop();
    expect(timers.map((t) => t.delayMs)).toEqual([500]);
    timers[0]?.run();
    sockets[1]?.drop();
    expect(timers.map((t) => t.delayMs)).toEqual([500, 1000]);
    timers[1]?.run();
    sockets[2]?.open();
    sockets[2]?.drop();
    expect(timers.map((t) => t.delayMs)).toEqual([500, 1000, 500]);
    expect(sockets).toHaveLength(3);
  });

  it('stops reconnecting after close', () => {
    const { sockets, timers, stream } = setup();
    stream.on('e', () => {});
    sockets[0]?.drop();
    stream.close();
    expect(timers[0]?.cancelled).toBe(true);
    expect(sockets[0]?.closed).toBe(false);
  });

  it('closes the open socket without scheduling a retry', () => {
    const { sockets, timers, stream } = setup();
    stream.on('e', () => {});
    stream.close();
    expect(sockets[0]?.closed).toBe(true);
    expect(timers).toHaveLength(0);
  });

  it('announces a reconnect, but not the first connection', () => {
    const { sockets, timers, stream } = setup();
    let reconnects = 0;
    stream.onReconnect(() => reconnects++);
    stream.on('a', () => {});
    sockets[0]?.open();
    expect(reconnects).toBe(0);
    sockets[0]?.drop();
    timers[0]?.run();
    sockets[1]?.open();
    expect(reconnects).toBe(1);
  });
});
