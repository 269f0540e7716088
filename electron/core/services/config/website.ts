import {
  DeleteBucketWebsiteCommand,
  GetBucketWebsiteCommand,
  PutBucketWebsiteCommand,
} from '@aws-sdk/client-s3';
import type {
  GetBucketWebsiteCommandOutput,
  RoutingRule as S3RoutingRule,
  S3Client,
  WebsiteConfiguration,
} from '@aws-sdk/client-s3';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type {
  RoutingCondition,
  RoutingRule,
  WebsiteConfig,
  WebsiteProtocol,
} from '../../../../shared/domain/config/website.js';
import { withCompatibleChecksum } from './checksum.js';
import { defined } from './defined.js';
import { noneWhenMissing } from './missing.js';

const protocolOf = (value: string | undefined): WebsiteProtocol | undefined =>
  value === 'http' || value === 'https' ? value : undefined;

/** S3 carries status codes as text; the model holds numbers. */
const codeOf = (value: string | undefined): number | undefined => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) ? n : undefined;
};

/** An empty `<Condition/>` (RGW writes one into every rule) is no condition: the rule always applies. */
function conditionFromS3(c: S3RoutingRule['Condition']): RoutingCondition | undefined {
  const condition = defined({
    keyPrefixEquals: c?.KeyPrefixEquals,
    httpErrorCodeReturnedEquals: codeOf(c?.HttpErrorCodeReturnedEquals),
  });
  return Object.keys(condition).length === 0 ? undefined : condition;
}

export function routingRuleFromS3(rule: S3RoutingRule): RoutingRule {
  const r = rule.Redirect ?? {};
  return defined({
    condition: conditionFromS3(rule.Condition),
    redirect: defined({
      hostName: r.HostName,
      protocol: protocolOf(r.Protocol),
      replaceKeyPrefixWith: r.ReplaceKeyPrefixWith,
      replaceKeyWith: r.ReplaceKeyWith,
      httpRedirectCode: codeOf(r.HttpRedirectCode),
    }),
  });
}

export function routingRuleToS3(rule: RoutingRule): S3RoutingRule {
  const { condition: c, redirect: r } = rule;
  return {
    Condition:
      c === undefined
        ? undefined
        : {
            KeyPrefixEquals: c.keyPrefixEquals,
            HttpErrorCodeReturnedEquals: c.httpErrorCodeReturnedEquals?.toString(),
          },
    Redirect: {
      HostName: r.hostName,
      Protocol: r.protocol,
      ReplaceKeyPrefixWith: r.replaceKeyPrefixWith,
      ReplaceKeyWith: r.replaceKeyWith,
      HttpRedirectCode: r.httpRedirectCode?.toString(),
    },
  };
}

export function websiteFromS3(out: GetBucketWebsiteCommandOutput): WebsiteConfig | undefined {
  const all = out.RedirectAllRequestsTo;
  if (all?.HostName !== undefined) {
    return {
      routingRules: [],
      redirectAllRequestsTo: defined({
        hostName: all.HostName,
        protocol: protocolOf(all.Protocol),
      }),
    };
  }
  const indexDocument = out.IndexDocument?.Suffix;
  if (indexDocument === undefined) return undefined;
  return defined({
    indexDocument,
    errorDocument: out.ErrorDocument?.Key,
    routingRules: (out.RoutingRules ?? []).map(routingRuleFromS3),
  });
}

export function websiteToS3(website: WebsiteConfig): WebsiteConfiguration {
  const all = website.redirectAllRequestsTo;
  if (all !== undefined) {
    return { RedirectAllRequestsTo: { HostName: all.hostName, Protocol: all.protocol } };
  }
  return {
    IndexDocument:
      website.indexDocument === undefined ? undefined : { Suffix: website.indexDocument },
    ErrorDocument: website.errorDocument === undefined ? undefined : { Key: website.errorDocument },
    RoutingRules:
      website.routingRules.length === 0 ? undefined : website.routingRules.map(routingRuleToS3),
  };
}

export function getBucketWebsite(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<WebsiteConfig>> {
  return noneWhenMissing(async () => {
    const out = await client.send(new GetBucketWebsiteCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    const website = websiteFromS3(out);
    return website === undefined ? noConfig : setConfig(website);
  });
}

export async function putBucketWebsite(
  client: S3Client,
  bucket: string,
  website: WebsiteConfig,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutBucketWebsiteCommand({
    Bucket: bucket,
    WebsiteConfiguration: websiteToS3(website),
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}

export async function deleteBucketWebsite(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeleteBucketWebsiteCommand({ Bucket: bucket }), { abortSignal: signal });
}
