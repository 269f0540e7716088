import {
  DeleteBucketCorsCommand,
  GetBucketCorsCommand,
  PutBucketCorsCommand,
} from '@aws-sdk/client-s3';
import type { CORSRule, S3Client } from '@aws-sdk/client-s3';
import type { CorsConfig, CorsMethod, CorsRule } from '../../../../shared/domain/config/cors.js';
import { corsMethods } from '../../../../shared/domain/config/cors.js';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import { withCompatibleChecksum } from './checksum.js';
import { noneWhenMissing } from './missing.js';

const isCorsMethod = (method: string): method is CorsMethod =>
  (corsMethods as readonly string[]).includes(method);

export function corsRuleFromS3(rule: CORSRule): CorsRule {
  return {
    ...(rule.ID === undefined || rule.ID === '' ? {} : { id: rule.ID }),
    allowedOrigins: rule.AllowedOrigins ?? [],
    allowedMethods: (rule.AllowedMethods ?? []).filter(isCorsMethod),
    allowedHeaders: rule.AllowedHeaders ?? [],
    exposeHeaders: rule.ExposeHeaders ?? [],
    ...(rule.MaxAgeSeconds === undefined ? {} : { maxAgeSeconds: rule.MaxAgeSeconds }),
  };
}

export function corsRuleToS3(rule: CorsRule): CORSRule {
  return {
    ID: rule.id,
    AllowedOrigins: rule.allowedOrigins,
    AllowedMethods: rule.allowedMethods,
    AllowedHeaders: rule.allowedHeaders.length === 0 ? undefined : rule.allowedHeaders,
    ExposeHeaders: rule.exposeHeaders.length === 0 ? undefined : rule.exposeHeaders,
    MaxAgeSeconds: rule.maxAgeSeconds,
  };
}

export function getBucketCors(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<CorsConfig>> {
  return noneWhenMissing(async () => {
    const out = await client.send(new GetBucketCorsCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    const rules = out.CORSRules ?? [];
    return rules.length === 0 ? noConfig : setConfig({ rules: rules.map(corsRuleFromS3) });
  });
}

export async function putBucketCors(
  client: S3Client,
  bucket: string,
  cors: CorsConfig,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutBucketCorsCommand({
    Bucket: bucket,
    CORSConfiguration: { CORSRules: cors.rules.map(corsRuleToS3) },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}

export async function deleteBucketCors(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeleteBucketCorsCommand({ Bucket: bucket }), { abortSignal: signal });
}
