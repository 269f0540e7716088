import type { CopyConditions } from '../../../../shared/domain/copy-request.js';
import { unsupportedByProvider } from '../dialects.js';
import type { Dialect } from '../dialects.js';

/** The header each condition becomes, so a refusal names what the provider lacks. */
export const conditionHeaders = {
  ifMatch: 'x-amz-copy-source-if-match',
  ifNoneMatch: 'x-amz-copy-source-if-none-match',
  ifModifiedSince: 'x-amz-copy-source-if-modified-since',
  ifUnmodifiedSince: 'x-amz-copy-source-if-unmodified-since',
} as const satisfies Record<keyof CopyConditions, string>;

export interface CopyRuleInput {
  conditions?: CopyConditions | undefined;
  taggingDirective?: string | undefined;
  storageClass?: string | undefined;
}

function usedConditions(conditions: CopyConditions | undefined): (keyof CopyConditions)[] {
  if (conditions === undefined) return [];
  return (Object.keys(conditionHeaders) as (keyof CopyConditions)[]).filter(
    (name) => conditions[name] !== undefined,
  );
}

/** Refuses, before anything is sent, a CopyObject the provider would reject or ignore. */
export function assertCopyAllowed(dialect: Dialect, request: CopyRuleInput): void {
  const rules = dialect.copy;
  const [condition] = usedConditions(request.conditions);
  if (!rules.conditions && condition !== undefined) {
    throw unsupportedByProvider(dialect, `${conditionHeaders[condition]} on copy`);
  }
  if (!rules.taggingDirective && request.taggingDirective !== undefined) {
    throw unsupportedByProvider(dialect, 'x-amz-tagging-directive on copy');
  }
  const { storageClass } = request;
  if (
    storageClass !== undefined &&
    rules.storageClasses !== undefined &&
    !rules.storageClasses.includes(storageClass)
  ) {
    throw unsupportedByProvider(dialect, `x-amz-storage-class ${storageClass} on copy`);
  }
}

/** UploadPartCopy has its own, separately documented, condition support. */
export function assertUploadPartCopyAllowed(
  dialect: Dialect,
  conditions: CopyConditions | undefined,
): void {
  const [condition] = usedConditions(conditions);
  if (!dialect.uploadPartCopy.conditions && condition !== undefined) {
    throw unsupportedByProvider(dialect, `${conditionHeaders[condition]} on upload part copy`);
  }
}
