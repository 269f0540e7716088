import { z } from 'zod';

/** S3's limits: a bucket holds at most 50 tags, an object at most 10. */
export const BUCKET_MAX_TAGS = 50;
export const OBJECT_MAX_TAGS = 10;
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;

// S3 counts characters (Unicode code points), not UTF-16 units.
const characters = (text: string): number => [...text].length;

export const tagSchema = z
  .object({
    key: z
      .string()
      .refine((key) => characters(key) >= 1, 'must not be empty')
      .refine((key) => characters(key) <= TAG_KEY_MAX, `must be at most ${TAG_KEY_MAX} characters`)
      .refine((key) => !key.toLowerCase().startsWith('aws:'), 'must not start with "aws:"'),
    value: z
      .string()
      .refine(
        (value) => characters(value) <= TAG_VALUE_MAX,
        `must be at most ${TAG_VALUE_MAX} characters`,
      ),
  })
  .strict();
export type Tag = z.infer<typeof tagSchema>;

/** A tag set of at most `max` tags whose keys are unique; a repeated key is marked on its copy. */
function tagSetSchema(max: number) {
  return z
    .array(tagSchema)
    .max(max, `at most ${max} tags`)
    .superRefine((tags, ctx) => {
      const seen = new Set<string>();
      tags.forEach((tag, index) => {
        if (seen.has(tag.key)) {
          ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'is already used' });
        }
        seen.add(tag.key);
      });
    });
}

/** An object's tags; an empty set means "no tags". */
export const objectTagSetSchema = tagSetSchema(OBJECT_MAX_TAGS);

/** A bucket's tags as its configuration tab edits them; deleting removes the whole set. */
export const bucketTagsSchema = z
  .object({
    tags: tagSetSchema(BUCKET_MAX_TAGS).min(
      1,
      'needs at least one tag (delete the tag set to remove all)',
    ),
  })
  .strict();
export type BucketTags = z.infer<typeof bucketTagsSchema>;

/**
 * Tags as a server answers them: not held to the put limits, since a tag set may carry what
 * no user can write (AWS's own `aws:` tags) and must still be shown.
 */
export const storedTagSchema = z.object({ key: z.string(), value: z.string() }).strict();
export const storedTagSetSchema = z.array(storedTagSchema);
export const storedBucketTagsSchema = z.object({ tags: storedTagSetSchema }).strict();
