import type { S3Client } from '@aws-sdk/client-s3';

// A stand-in S3 server in memory for the runners' unit tests: it answers the few commands the
// runners send (by the command's constructor name) and records each one, so a test can see
// which requests went and stop a run between two of them. Never shipped.

interface Stored {
  size: number;
  etag: string;
}

/** An object's ETag as the fake stores it: tied to its bytes, so a copy keeps it. */
const etagOf = (key: string, size: number) => `"${key.length}-${size}"`;

export interface FakeS3Options {
  /** Keys DeleteObjects answers with an AccessDenied error for. */
  refuse?: readonly string[];
  /** Called as each request is sent, before it is answered (a test may abort right there). */
  onSend?: (name: string, input: Record<string, unknown>) => void;
  /** Keys per ListObjectsV2 page, at most (MaxKeys may ask fewer). */
  pageSize?: number;
}

export interface FakeS3 {
  client: S3Client;
  /** The commands sent, by name, in order. */
  readonly sent: string[];
  /** Objects by bucket, then key. */
  readonly buckets: Map<string, Map<string, Stored>>;
  put(bucket: string, objects: Record<string, number>): void;
  keys(bucket: string): string[];
  count(name: string): number;
}

export function fakeS3(options: FakeS3Options = {}): FakeS3 {
  const buckets = new Map<string, Map<string, Stored>>();
  const sent: string[] = [];
  const refused = new Set(options.refuse ?? []);
  const bucketOf = (name: unknown) => {
    const found = buckets.get(String(name)) ?? new Map<string, Stored>();
    buckets.set(String(name), found);
    return found;
  };

  function list(input: Record<string, unknown>) {
    const prefix = (input['Prefix'] as string | undefined) ?? '';
    const delimiter = input['Delimiter'] as string | undefined;
    const after = (input['ContinuationToken'] ?? input['StartAfter'] ?? '') as string;
    const max = Math.min(Number(input['MaxKeys'] ?? 1000), options.pageSize ?? 1000);
    const stored = bucketOf(input['Bucket']);
    const entries = new Set<string>();
    for (const key of [...stored.keys()].sort()) {
      if (!key.startsWith(prefix)) continue;
      const cut = delimiter === undefined ? -1 : key.indexOf(delimiter, prefix.length);
      entries.add(cut === -1 ? key : key.slice(0, cut + 1));
    }
    const rest = [...entries].filter((entry) => entry > after);
    const page = rest.slice(0, max);
    const truncated = rest.length > page.length;
    return {
      Contents: page
        .filter((entry) => stored.has(entry))
        .map((Key) => ({
          Key,
          Size: stored.get(Key)!.size,
          ETag: stored.get(Key)!.etag,
          LastModified: new Date(0),
          StorageClass: 'STANDARD',
        })),
      CommonPrefixes: page.filter((e) => !stored.has(e)).map((Prefix) => ({ Prefix })),
      IsTruncated: truncated,
      NextContinuationToken: truncated ? page.at(-1) : undefined,
    };
  }

  function answer(name: string, input: Record<string, unknown>): unknown {
    const stored = bucketOf(input['Bucket']);
    switch (name) {
      case 'ListObjectsV2Command':
        return list(input);
      case 'DeleteObjectsCommand': {
        const asked = (input['Delete'] as { Objects: { Key: string }[] }).Objects;
        const errors = asked.filter(({ Key }) => refused.has(Key));
        for (const { Key } of asked) if (!refused.has(Key)) stored.delete(Key);
        return {
          Errors: errors.map(({ Key }) => ({ Key, Code: 'AccessDenied', Message: 'Refused.' })),
        };
      }
      case 'HeadObjectCommand': {
        const found = stored.get(String(input['Key']));
        if (found === undefined)
          throw Object.assign(new Error('NotFound'), { name: 'NotFound', $fault: 'client' });
        return { ContentLength: found.size, ETag: found.etag };
      }
      case 'CopyObjectCommand': {
        const source = String(input['CopySource']);
        const slash = source.indexOf('/');
        const from = bucketOf(source.slice(0, slash));
        const key = source
          .slice(slash + 1)
          .split('/')
          .map(decodeURIComponent)
          .join('/');
        const found = from.get(key);
        if (found === undefined)
          throw Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey', Code: 'NoSuchKey' });
        stored.set(String(input['Key']), { ...found });
        return { CopyObjectResult: { ETag: found.etag } };
      }
      case 'ListMultipartUploadsCommand':
        return { Uploads: [], IsTruncated: false };
      default:
        throw new Error(`The fake S3 does not answer ${name}.`);
    }
  }

  const client = {
    config: {
      endpoint: () => Promise.resolve({ hostname: 'fake-s3.test', port: undefined }),
      region: () => Promise.resolve('us-east-1'),
      // Checksums as the SDK computes them; no Content-MD5 of its own.
      requestChecksumCalculation: () => Promise.resolve('WHEN_SUPPORTED'),
    },
    send: (command: { input: Record<string, unknown> }, opts?: { abortSignal?: AbortSignal }) => {
      const name = command.constructor.name;
      sent.push(name);
      options.onSend?.(name, command.input);
      // Answered on a later turn, like a real request; an abort before then wins.
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        opts?.abortSignal?.throwIfAborted();
        return answer(name, command.input);
      });
    },
  };

  return {
    client: client as unknown as S3Client,
    sent,
    buckets,
    put: (bucket, objects) => {
      for (const [key, size] of Object.entries(objects))
        bucketOf(bucket).set(key, { size, etag: etagOf(key, size) });
    },
    keys: (bucket) => [...bucketOf(bucket).keys()].sort(),
    count: (name) => sent.filter((s) => s === name).length,
  };
}
