import type { ProviderId } from '../../../../shared/domain/profile.js';
import type { Dialect } from '../dialects.js';

export interface CopyQuirks {
  /**
   * Reads copy conditions only from x-amz-copy-if-* (no "source"), silently ignoring the
   * standard x-amz-copy-source-if-*; answers 304, not 412, for a failing if-none-match or
   * if-modified-since.
   */
  readonly legacyConditionHeaders: boolean;
  /** Ignores conditions on UploadPartCopy, in either spelling. */
  readonly ignoresPartCopyConditions: boolean;
  /** Ignores x-amz-tagging-directive: a copy always keeps the source's tags. */
  readonly ignoresTaggingDirective: boolean;
}

const none: CopyQuirks = {
  legacyConditionHeaders: false,
  ignoresPartCopyConditions: false,
  ignoresTaggingDirective: false,
};

/**
 * Measured against Ceph RGW 16 (Pacific), the project's test server; its source reads
 * HTTP_X_AMZ_COPY_IF_MATCH and friends. These are provider facts that belong in
 * dialects.ts; they overlay the dialect here until they move there.
 */
const quirks: Partial<Record<ProviderId, CopyQuirks>> = {
  ceph: {
    legacyConditionHeaders: true,
    ignoresPartCopyConditions: true,
    ignoresTaggingDirective: true,
  },
};

export function copyQuirks(dialect: Dialect): CopyQuirks {
  return quirks[dialect.id] ?? none;
}

/** The dialect as the server really behaves: what it silently ignores counts as unsupported. */
export function effectiveCopyRules(dialect: Dialect): Dialect {
  const q = copyQuirks(dialect);
  return {
    ...dialect,
    copy: {
      ...dialect.copy,
      taggingDirective: dialect.copy.taggingDirective && !q.ignoresTaggingDirective,
    },
    uploadPartCopy: {
      conditions: dialect.uploadPartCopy.conditions && !q.ignoresPartCopyConditions,
    },
  };
}
