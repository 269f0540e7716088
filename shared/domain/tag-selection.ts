import { z } from 'zod';
import { keyErrorSchema } from './object-delete.js';
import { objectTagSetSchema, OBJECT_MAX_TAGS, tagSchema } from './tags.js';
import type { Tag } from './tags.js';

/** Enough for any selection a person makes by hand; each object costs two requests. */
export const TAG_SELECTION_MAX_KEYS = 10_000;
/** Values listed per tag key in a survey; more only says "and others". */
export const SURVEY_VALUES_SHOWN = 5;

/**
 * One edit for every object of a selection: tags to add or give a new value (`set`), and tag
 * keys to take off (`remove`). Each object keeps its other tags.
 */
export const tagChangesSchema = z
  .object({
    set: z.array(tagSchema).max(OBJECT_MAX_TAGS, `at most ${OBJECT_MAX_TAGS} tags`),
    remove: z.array(tagSchema.shape.key).max(1000),
  })
  .strict()
  .superRefine((changes, ctx) => {
    const removed = new Set(changes.remove);
    const seen = new Set<string>();
    changes.set.forEach((tag, index) => {
      if (seen.has(tag.key)) {
        ctx.addIssue({ code: 'custom', path: ['set', index, 'key'], message: 'is already used' });
      } else if (removed.has(tag.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['set', index, 'key'],
          message: 'is also to be removed',
        });
      }
      seen.add(tag.key);
    });
    if (changes.set.length === 0 && changes.remove.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'changes nothing' });
    }
  });
export type TagChanges = z.infer<typeof tagChangesSchema>;

/** One tag key across a selection: on how many objects, with which values. */
export const tagSurveyRowSchema = z.object({
  key: z.string(),
  objects: z.number().int(),
  /** Distinct values, sorted, at most SURVEY_VALUES_SHOWN. */
  values: z.array(z.string()),
  /** More distinct values than `values` lists. */
  moreValues: z.boolean(),
});
export type TagSurveyRow = z.infer<typeof tagSurveyRowSchema>;

export const tagSurveySchema = z.object({
  /** Objects whose tags were read. */
  objects: z.number().int(),
  tags: z.array(tagSurveyRowSchema),
  /** Objects whose tags could not be read, with the server's reason. */
  failures: z.array(keyErrorSchema),
});
export type TagSurvey = z.infer<typeof tagSurveySchema>;

export const tagEditResultSchema = z.object({
  changed: z.number().int(),
  /** Objects that already had the tags asked for: nothing was sent for them. */
  unchanged: z.number().int(),
  /** Objects left as they were, each with why (the server's error, or an S3 limit). */
  failures: z.array(keyErrorSchema),
});
export type TagEditResult = z.infer<typeof tagEditResultSchema>;

/** A tag key the survey shows with one value on every object, or otherwise as differing. */
export const sameEverywhere = (row: TagSurveyRow, objects: number): boolean =>
  row.objects === objects && row.values.length === 1 && !row.moreValues;

/** Every tag key of the sets, by key, with how many sets hold it and its distinct values. */
export function surveyTagSets(sets: readonly (readonly Tag[])[]): TagSurveyRow[] {
  const byKey = new Map<string, { objects: number; values: Set<string> }>();
  for (const tags of sets) {
    for (const { key, value } of tags) {
      const row = byKey.get(key) ?? { objects: 0, values: new Set<string>() };
      row.objects += 1;
      row.values.add(value);
      byKey.set(key, row);
    }
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { objects, values }]) => {
      const sorted = [...values].sort();
      return {
        key,
        objects,
        values: sorted.slice(0, SURVEY_VALUES_SHOWN),
        moreValues: sorted.length > SURVEY_VALUES_SHOWN,
      };
    });
}

/** An object's tags after the changes: removed keys go, set keys take their new value in place. */
export function mergeTags(current: readonly Tag[], changes: TagChanges): Tag[] {
  const removed = new Set(changes.remove);
  const setByKey = new Map(changes.set.map((tag) => [tag.key, tag.value]));
  const kept = current
    .filter((tag) => !removed.has(tag.key))
    .map((tag) => ({ key: tag.key, value: setByKey.get(tag.key) ?? tag.value }));
  const present = new Set(kept.map((tag) => tag.key));
  return [...kept, ...changes.set.filter((tag) => !present.has(tag.key))];
}

/** Whether two tag sets hold the same tags, in any order. */
export function sameTagSet(a: readonly Tag[], b: readonly Tag[]): boolean {
  if (a.length !== b.length) return false;
  const values = new Map(a.map((tag) => [tag.key, tag.value]));
  return b.every((tag) => values.has(tag.key) && values.get(tag.key) === tag.value);
}

/** Why S3 would refuse this object's merged tag set (too many tags, a stored aws: key), or undefined. */
export function mergedTagProblem(tags: readonly Tag[]): string | undefined {
  const parsed = objectTagSetSchema.safeParse(tags);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const index = issue?.path[0];
  const tag = typeof index === 'number' ? tags[index] : undefined;
  const where = tag === undefined ? '' : `tag "${tag.key}" `;
  return `${where}${issue?.message ?? 'is not a valid tag set'}`.replace(
    /^at most (\d+) tags$/,
    (_, max: string) => `would have ${tags.length} tags; S3 allows at most ${max}`,
  );
}
