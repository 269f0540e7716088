import { newBucketNameSchema } from '../../../../shared/domain/bucket-name.js';
import { bucketRegionSchema } from '../../../../shared/domain/bucket-ops.js';
import { fieldRule } from '../../i18n/field-rule.js';
import { bucketMessages as m } from './messages.js';

/** The first rule a new bucket name breaks, as a sentence; undefined when it is fine. */
export function newBucketNameProblem(name: string): string | undefined {
  const parsed = newBucketNameSchema.safeParse(name);
  if (parsed.success) return undefined;
  return fieldRule(m.nameLabel, parsed.error.issues[0]?.message ?? 'is not valid');
}

/** The same for the region field; empty is fine (the endpoint's default). */
export function regionProblem(region: string): string | undefined {
  if (region === '') return undefined;
  const parsed = bucketRegionSchema.safeParse(region);
  if (parsed.success) return undefined;
  return fieldRule(m.regionLabel, parsed.error.issues[0]?.message ?? 'is not valid');
}
