import { conflictPolicySchema } from '../../../../shared/domain/transfer-job.js';
import type { ConflictPolicy } from '../../../../shared/domain/transfer-job.js';
import { storedChoice } from '../../lib/stored-setting.js';

/** What an upload does with a name that exists in the bucket; asks unless told otherwise. */
export const uploadConflict = storedChoice<ConflictPolicy>(
  'holdall.uploadConflict',
  conflictPolicySchema.options,
  'ask',
);
