import { z } from 'zod';
import { objectKeySchema } from '../../domain/object-key.js';
import {
  TAG_SELECTION_MAX_KEYS,
  tagChangesSchema,
  tagEditResultSchema,
  tagSurveySchema,
} from '../../domain/tag-selection.js';
import { bucketRef } from './buckets.js';

const selection = {
  ...bucketRef,
  keys: z.array(objectKeySchema).min(1).max(TAG_SELECTION_MAX_KEYS),
};

/** Tags of several objects at once; the core walks the keys, a few requests at a time. */
export const tagSelectionChannels = {
  /** Every tag key of the selected objects, with how many carry it and its values. */
  'objects.tags.survey': {
    input: z.object(selection).strict(),
    output: tagSurveySchema,
  },
  /** Adds, replaces and removes tag keys on each object, keeping each object's other tags. */
  'objects.tags.editMany': {
    input: z.object({ ...selection, changes: tagChangesSchema }).strict(),
    output: tagEditResultSchema,
  },
} as const;

export const tagSelectionEvents = {} as const;
