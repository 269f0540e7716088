import { queryOptions } from '@tanstack/react-query';
import type { ContractClient } from '../../contract/contract-client.js';
import { bucketDetailKeys } from '../buckets/bucket-queries.js';
import type { ConfigKindDefinition, ConfigTarget } from './config-kind.js';

/** Under the bucket's keys, so forgetting a connection or bucket forgets these too. */
export const configKeys = {
  kind: (target: ConfigTarget, feature: string) =>
    [
      ...bucketDetailKeys.bucket(target.profileId, target.bucket),
      'config',
      feature,
      target.key ?? '',
    ] as const,
};

export function configQuery<Model>(
  client: ContractClient,
  definition: ConfigKindDefinition<Model>,
  target: ConfigTarget,
) {
  return queryOptions({
    queryKey: configKeys.kind(target, definition.feature),
    queryFn: () => definition.load(client, target),
    // An editor shows what the server holds when it opens, not a copy from minutes ago.
    staleTime: 0,
    retry: false,
  });
}
