import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client, _Object } from '@aws-sdk/client-s3';
import { DEFAULT_PAGE_SIZE, PageGuard, keyAdvances, lastByKey } from '../s3/page-guard.js';
import { serverName } from '../s3/server-misbehaved.js';

export interface ListedKey {
  key: string;
  size: number;
  etag: string;
  /** Milliseconds since the epoch; 0 when the server did not say. */
  lastModified: number;
  /** STANDARD when the server did not say (S3 omits nothing, some others do). */
  storageClass: string;
}

export interface KeyPagesOptions {
  /** Keys per page (at most 1,000, the default). */
  pageSize?: number | undefined;
  /** Start after this key (ListObjectsV2 StartAfter), to resume a walk. */
  startAfter?: string | undefined;
  /** "/" lists one folder level: deeper keys come back as the folders holding them. */
  delimiter?: '/' | undefined;
}

/** One page of one folder level: its keys, and the folders under it (with delimiter). */
export interface KeyPage {
  keys: ListedKey[];
  /** Full prefixes ending in the delimiter; always empty without one. */
  folders: string[];
}

/**
 * Every key under a prefix ('' is the whole bucket), one page at a time (one folder level with a
 * delimiter, the whole tree without),
 * each checked by the paging guard so a misbehaving server cannot keep the walk going.
 * Pages must be asked for one after another.
 */
export class KeyPages {
  #guard: PageGuard<string> | undefined;
  #first = true;
  #done = false;
  readonly #pageSize: number;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
    private readonly options: KeyPagesOptions = {},
  ) {
    this.#pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  }

  /** True once the last page was read. */
  get done(): boolean {
    return this.#done;
  }

  /** Where the pages read so far end in listing order (a key or a folder); undefined before the first. */
  get reached(): string | undefined {
    return this.#guard?.trail.last;
  }

  /** The next page's keys; call only while not `done`. A failed call may be tried again. */
  async next(signal?: AbortSignal): Promise<ListedKey[]> {
    return (await this.nextPage(signal)).keys;
  }

  /** The next page's keys and folders; call only while not `done`. */
  async nextPage(signal?: AbortSignal): Promise<KeyPage> {
    this.#guard ??= new PageGuard(await serverName(this.client), 'ListObjectsV2', keyAdvances);
    const guard = this.#guard;
    const out = await this.client.send(
      new ListObjectsV2Command({
        Bucket: this.bucket,
        Prefix: this.prefix === '' ? undefined : this.prefix,
        ContinuationToken: guard.cursor,
        StartAfter: this.#first ? this.options.startAfter : undefined,
        Delimiter: this.options.delimiter,
        MaxKeys: this.#pageSize,
      }),
      { abortSignal: signal },
    );
    const keys = (out.Contents ?? []).flatMap((o) =>
      o.Key === undefined ? [] : [listedKeyOf({ ...o, Key: o.Key })],
    );
    const folders = (out.CommonPrefixes ?? []).flatMap((p) =>
      p.Prefix === undefined ? [] : [p.Prefix],
    );
    const next = guard.next({
      asked: this.#pageSize,
      entries: (out.Contents?.length ?? 0) + folders.length,
      last: lastByKey([folders.at(-1), keys.at(-1)?.key]),
      truncated: out.IsTruncated === true,
      next: out.NextContinuationToken,
    });
    this.#first = false;
    this.#done = next === undefined;
    return { keys, folders };
  }
}

/** One listed object as the walks carry it. */
export function listedKeyOf(o: _Object & { Key: string }): ListedKey {
  return {
    key: o.Key,
    size: o.Size ?? 0,
    etag: o.ETag ?? '',
    lastModified: o.LastModified?.getTime() ?? 0,
    storageClass: o.StorageClass ?? 'STANDARD',
  };
}
