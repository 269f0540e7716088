import type { CallContext, Handlers } from '../../../shared/contract/handlers.js';
import type { ClientPool } from '../s3/client-pool.js';
import { sessionForVersion } from '../s3/version-support.js';

type AnyHandler = (input: unknown, ctx: CallContext) => Promise<unknown>;

/** The version a call's input names, with its connection; undefined when it names none. */
function namedVersion(input: unknown): { profileId: string; versionId: string } | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { profileId, versionId } = input as Record<string, unknown>;
  return typeof profileId === 'string' && typeof versionId === 'string'
    ? { profileId, versionId }
    : undefined;
}

/**
 * Every channel whose input names a `versionId` (head, read, tags, share links, downloads,
 * retention, legal hold, delete, restore, and any added later) is refused where the provider has
 * no versions: one check at the door instead of one per handler, so none can be forgotten.
 */
export function refuseVersionsWithoutSupport(
  handlers: Handlers,
  clients: Pick<ClientPool, 'session'>,
): Handlers {
  const guarded = Object.entries(handlers).map(([channel, handler]) => {
    const call = handler as AnyHandler;
    const checked: AnyHandler = async (input, ctx) => {
      const named = namedVersion(input);
      if (named !== undefined) await sessionForVersion(clients, named.profileId, named.versionId);
      return call(input, ctx);
    };
    return [channel, checked] as const;
  });
  return Object.fromEntries(guarded) as unknown as Handlers;
}
