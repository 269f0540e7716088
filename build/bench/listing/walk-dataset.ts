import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { mapLimit } from '../../../electron/core/transfers/map-limit.js';
import { withRetry } from '../../../electron/core/transfers/retry.js';

/** 10 × 10 × 10 folders of 100 empty keys: 100,000 keys, 1,111 folders, three levels deep. */
export const TREE_SHAPE = { top: 10, middle: 10, bottom: 10, keysPerFolder: 100 } as const;
export const TREE_KEYS =
  TREE_SHAPE.top * TREE_SHAPE.middle * TREE_SHAPE.bottom * TREE_SHAPE.keysPerFolder;

export function* treeKeys(prefix: string): Generator<string> {
  for (let a = 0; a < TREE_SHAPE.top; a++)
    for (let b = 0; b < TREE_SHAPE.middle; b++)
      for (let c = 0; c < TREE_SHAPE.bottom; c++)
        for (let k = 0; k < TREE_SHAPE.keysPerFolder; k++)
          yield `${prefix}d${a}/e${b}/f${c}/k${String(k).padStart(3, '0')}.dat`;
}

/** Writes the tree with a plain SDK client; empty objects, as listing never reads bodies. */
export async function writeTree(
  admin: S3Client,
  bucket: string,
  prefix: string,
  log: (line: string) => void,
): Promise<void> {
  const keys = [...treeKeys(prefix)];
  let done = 0;
  const empty = new Uint8Array(0);
  // RGW on 2 busy cores drops a kept-alive socket now and then: the arrangement retries.
  await mapLimit(keys, 32, async (Key) => {
    await withRetry(() => admin.send(new PutObjectCommand({ Bucket: bucket, Key, Body: empty })));
    if (++done % 20_000 === 0)
      log(`  wrote ${done.toLocaleString('en')} of ${keys.length.toLocaleString('en')} keys`);
  });
}
