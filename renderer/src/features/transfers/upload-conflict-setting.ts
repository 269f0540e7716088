import { conflictPolicySchema } from '../../../../shared/domain/transfer-job.js';
import type { ConflictPolicy } from '../../../../shared/domain/transfer-job.js';
import { windowSetting } from '../../lib/window-setting.js';

/** What an upload does with a name that exists in the bucket; asks unless told otherwise. */
export const uploadConflict = windowSetting<ConflictPolicy>(
  'holdall.uploadConflict',
  conflictPolicySchema.options,
  'ask',
);
