import { useCallback, useEffect, useRef, useState } from 'react';
import type { MediaRef } from '../../../../shared/domain/media-url.js';
import { useContract } from '../../contract/contract-context.js';
import { base64ToBytes, createChunkDecoder, nextRange } from './text-chunks.js';

export interface TextChunks {
  text: string;
  /** Bytes read so far. */
  loaded: number;
  totalSize: number | null;
  loading: boolean;
  error: Error | null;
  /** Reads the next range; after an error, retries the one that failed. */
  loadMore: () => void;
}

/** Reads a text object range by range through `objects.read`, decoding UTF-8 across edges. */
export function useTextChunks(ref: MediaRef): TextChunks {
  const client = useContract();
  const [state, setState] = useState<Omit<TextChunks, 'loadMore'>>({
    text: '',
    loaded: 0,
    totalSize: null,
    loading: true,
    error: null,
  });
  const decode = useRef(createChunkDecoder());
  const progress = useRef({ loaded: 0, totalSize: null as number | null, busy: false });
  const alive = useRef(true);

  const loadMore = useCallback(() => {
    const { loaded, totalSize, busy } = progress.current;
    // Before the first read the size is unknown: ask for a first chunk, whatever the size.
    const range = nextRange(loaded, totalSize ?? Number.MAX_SAFE_INTEGER);
    if (busy || range === null) return;
    progress.current.busy = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    client
      .invoke('objects.read', { ...ref, start: range.start, end: range.end })
      .then((chunk) => {
        if (!alive.current) return;
        const bytes = base64ToBytes(chunk.base64);
        const nowLoaded = chunk.start + bytes.length;
        const text = decode.current(bytes, nowLoaded >= chunk.totalSize);
        progress.current = { loaded: nowLoaded, totalSize: chunk.totalSize, busy: false };
        setState((s) => ({
          text: s.text + text,
          loaded: nowLoaded,
          totalSize: chunk.totalSize,
          loading: false,
          error: null,
        }));
      })
      .catch((err: unknown) => {
        if (!alive.current) return;
        progress.current.busy = false;
        setState((s) => ({
          ...s,
          loading: false,
          error: err instanceof Error ? err : new Error(String(err)),
        }));
      });
  }, [client, ref]);

  useEffect(() => {
    alive.current = true;
    loadMore();
    return () => {
      alive.current = false;
    };
  }, [loadMore]);

  return { ...state, loadMore };
}
