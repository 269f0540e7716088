import type { CallContext } from '../../../shared/contract/handlers.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { GrantUse } from '../../../shared/domain/local-grant.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import type { GrantRegistry } from '../grants/grant-registry.js';
import type { CoreDeps } from './deps.js';

export interface LocalPaths {
  /** The path behind a grant the caller's scope holds, for the given use only. */
  resolve(ctx: CallContext, grant: string, accepts: readonly GrantUse[]): Promise<string>;
  /** resolve, with the use the grant has (one of `accepts`). */
  resolveGrant(
    ctx: CallContext,
    grant: string,
    accepts: readonly GrantUse[],
  ): Promise<{ path: string; use: GrantUse }>;
  registry(): GrantRegistry;
  scopeOf(ctx: CallContext): string;
}

/** How handlers turn the grant ids the contract takes into the local paths core works on. */
export function localPaths(deps: CoreDeps): LocalPaths {
  const registry = (): GrantRegistry => {
    if (deps.grants === undefined)
      throw new AppError('Internal', 'Local files are not available in this host.');
    return deps.grants;
  };
  const scopeOf = (ctx: CallContext): string => ctx.scope ?? HOST_SCOPE;
  return {
    registry,
    scopeOf,
    resolve: (ctx, grant, accepts) => registry().resolve(scopeOf(ctx), grant, accepts),
    resolveGrant: (ctx, grant, accepts) => registry().resolveGrant(scopeOf(ctx), grant, accepts),
  };
}
