import type { AppError } from '../../../../shared/contract/envelope.js';
import { overlappingPrefixes as overlappingRulePrefixes } from '../../../../shared/domain/config/provider-limits.js';
import type { ReplicationConfig } from '../../../../shared/domain/config/replication.js';
import { unsupportedByProvider } from '../dialects.js';
import type { Dialect, ReplicationField } from '../dialects.js';

/** The optional S3 fields a configuration uses, named as S3 (and the seed tables) name them. */
export function replicationFieldsUsed(config: ReplicationConfig): ReplicationField[] {
  const used = new Set<ReplicationField>();
  if (config.role !== undefined) used.add('Role');
  for (const rule of config.rules) {
    if (rule.destination.account !== undefined) used.add('Account');
    if (rule.destination.accessControlTranslation !== undefined) {
      used.add('AccessControlTranslation');
      used.add('Owner');
    }
    if (rule.sourceSelectionCriteria !== undefined) used.add('SourceSelectionCriteria');
  }
  return [...used];
}

export function unsupportedFieldProblem(
  dialect: Dialect,
  config: ReplicationConfig,
): AppError | undefined {
  const field = replicationFieldsUsed(config).find((f) =>
    dialect.replication.unsupportedFields.includes(f),
  );
  return field === undefined
    ? undefined
    : unsupportedByProvider(dialect, `the replication field ${field}`);
}

export function destinationProblem(
  dialect: Dialect,
  config: ReplicationConfig,
): AppError | undefined {
  if (!dialect.replication.singleDestinationBucket) return undefined;
  const buckets = new Set(config.rules.map((rule) => rule.destination.bucket));
  return buckets.size <= 1
    ? undefined
    : unsupportedByProvider(
        dialect,
        `replication rules with different destination buckets (${[...buckets].join(', ')}); use one for all rules`,
      );
}

/** The first two rule prefixes that overlap ("" overlaps everything). */
export function overlappingPrefixes(config: ReplicationConfig): [string, string] | undefined {
  const prefixes = config.rules.map((rule) => rule.prefix);
  const pair = overlappingRulePrefixes(prefixes);
  return pair === undefined ? undefined : [prefixes[pair[0]] ?? '', prefixes[pair[1]] ?? ''];
}

export function prefixProblem(dialect: Dialect, config: ReplicationConfig): AppError | undefined {
  if (!dialect.replication.nonOverlappingPrefixes) return undefined;
  const pair = overlappingPrefixes(config);
  return pair === undefined
    ? undefined
    : unsupportedByProvider(
        dialect,
        `replication rules with overlapping prefixes ("${pair[0]}" and "${pair[1]}")`,
      );
}

/** The first reason this provider would refuse the configuration, or undefined. */
export function replicationProblem(
  dialect: Dialect,
  config: ReplicationConfig,
): AppError | undefined {
  return (
    unsupportedFieldProblem(dialect, config) ??
    destinationProblem(dialect, config) ??
    prefixProblem(dialect, config)
  );
}
