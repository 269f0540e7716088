import type { S3Client } from '@aws-sdk/client-s3';
import { PageGuard } from './page-guard.js';
import type { PageFacts, PageTrail } from './page-guard.js';
import { serverName } from './server-misbehaved.js';

/** Plenty for a few listings scrolled at once; the oldest trail goes first. */
const TRAILS_PER_CLIENT = 512;

const trailsByClient = new WeakMap<S3Client, Map<string, PageTrail<unknown>>>();

function trailsOf(client: S3Client): Map<string, PageTrail<unknown>> {
  let trails = trailsByClient.get(client);
  if (trails === undefined) {
    trails = new Map();
    trailsByClient.set(client, trails);
  }
  return trails;
}

/**
 * Guards one page asked for by a single call (the renderer pages `objects.list` itself): the
 * page that handed out `cursor` left its trail here, so the paging guard sees the whole walk
 * even though each page is its own request. A cursor not seen before (or forgotten) starts a
 * fresh trail, which still catches a token answered with itself.
 */
export interface GuardedCall<P> {
  /** What the walk is over (operation, bucket, prefix): a token belongs to one walk. */
  scope: string;
  operation: string;
  /** The cursor the request carried. */
  cursor: string | undefined;
  advances: (previous: P, next: P) => boolean;
}

export async function guardPage<P>(
  client: S3Client,
  call: GuardedCall<P>,
  facts: PageFacts<P>,
): Promise<void> {
  const { scope, operation, cursor, advances } = call;
  const trails = trailsOf(client);
  const known = cursor === undefined ? undefined : trails.get(`${scope}\n${cursor}`);
  const trail = (known as PageTrail<P> | undefined) ?? {
    cursor,
    last: undefined,
    emptyRun: 0,
    recent: [],
  };
  const guard = new PageGuard(await serverName(client), operation, advances, trail);
  const next = guard.next(facts);
  if (next === undefined) return;
  trails.set(`${scope}\n${next}`, guard.trail);
  if (trails.size > TRAILS_PER_CLIENT) {
    const oldest = trails.keys().next();
    if (oldest.done !== true) trails.delete(oldest.value);
  }
}
