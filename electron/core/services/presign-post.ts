import type { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import type { PostPolicyOptions, PresignedPost } from '../../../shared/domain/presign-request.js';
import { checkPresignExpiry } from '../s3/rules/presign-rules.js';
import { postCurlCommand, postFormHtml } from './presign-post-form.js';

type PolicyCondition = NonNullable<PresignedPostOptions['Conditions']>[number];

/** Shown in the curl command when the caller names no file. */
const FILE_PLACEHOLDER = 'FILE';

/** "image/" lets the file picker suggest images; other prefixes suggest nothing. */
function acceptFor(prefix: string | undefined): string | undefined {
  return prefix !== undefined && /^[a-z]+\/$/.test(prefix) ? `${prefix}*` : undefined;
}

/**
 * A signed POST Object policy: a browser form or curl may upload without credentials,
 * within the key, size and type the policy allows, until it expires.
 */
export async function presignPost(
  client: S3Client,
  bucket: string,
  options: PostPolicyOptions,
): Promise<PresignedPost> {
  checkPresignExpiry(options.expiresInSeconds);
  // S3 replaces ${filename} with the uploaded file's name; the SDK turns a key ending
  // in it into a `starts-with $key` condition on the prefix.
  const key = options.key.kind === 'exact' ? options.key.key : `${options.key.prefix}\${filename}`;
  const conditions: PolicyCondition[] = [];
  if (options.contentLengthRange !== undefined) {
    const { min, max } = options.contentLengthRange;
    conditions.push(['content-length-range', min, max]);
  }
  // Filled in by whoever uploads; the form offers the prefix to complete.
  const editable: Record<string, string> = {};
  if (options.contentTypePrefix !== undefined && options.contentType === undefined) {
    conditions.push(['starts-with', '$Content-Type', options.contentTypePrefix]);
    editable['Content-Type'] = options.contentTypePrefix;
  }
  // Fields become exact-match conditions of the policy.
  const fields: Record<string, string> = {};
  if (options.contentType !== undefined) fields['Content-Type'] = options.contentType;
  if (options.successActionStatus !== undefined) {
    fields.success_action_status = options.successActionStatus;
  }
  if (options.successActionRedirect !== undefined) {
    fields.success_action_redirect = options.successActionRedirect;
  }

  const signedAt = Date.now();
  const post = await createPresignedPost(client, {
    Bucket: bucket,
    Key: key,
    Conditions: conditions,
    Fields: fields,
    Expires: options.expiresInSeconds,
  });
  return {
    url: post.url,
    fields: post.fields,
    expiresAt: new Date(signedAt + options.expiresInSeconds * 1000).toISOString(),
    html: postFormHtml(post.url, post.fields, {
      title: `Upload to ${bucket}`,
      accept: options.contentType ?? acceptFor(options.contentTypePrefix),
      editable,
    }),
    curl: postCurlCommand(
      post.url,
      { ...post.fields, ...editable },
      options.filePath ?? FILE_PLACEHOLDER,
    ),
  };
}
