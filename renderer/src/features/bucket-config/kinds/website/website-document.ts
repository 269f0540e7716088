import type { RoutingRule, WebsiteConfig } from '../../../../../../shared/domain/config/website.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { codeFromS3, someOf, withoutUndefined } from '../s3-document/s3-values.js';
import { one, structure, text, wrappedList } from '../s3-document/shape.js';
import type { DocumentShape } from '../s3-document/shape.js';

/** `<WebsiteConfiguration>` / the AWS CLI's `put-bucket-website` JSON. */
export const websiteDocument: DocumentShape = {
  root: 'WebsiteConfiguration',
  shape: structure({
    ErrorDocument: one(structure({ Key: one(text) })),
    IndexDocument: one(structure({ Suffix: one(text) })),
    RedirectAllRequestsTo: one(structure({ HostName: one(text), Protocol: one(text) })),
    RoutingRules: wrappedList(
      structure({
        Condition: one(
          structure({ HttpErrorCodeReturnedEquals: one(text), KeyPrefixEquals: one(text) }),
        ),
        Redirect: one(
          structure({
            HostName: one(text),
            HttpRedirectCode: one(text),
            Protocol: one(text),
            ReplaceKeyPrefixWith: one(text),
            ReplaceKeyWith: one(text),
          }),
        ),
      }),
      'RoutingRule',
    ),
  }),
};

interface S3Condition {
  HttpErrorCodeReturnedEquals?: string;
  KeyPrefixEquals?: string;
}
interface S3Redirect {
  HostName?: string;
  HttpRedirectCode?: string;
  Protocol?: string;
  ReplaceKeyPrefixWith?: string;
  ReplaceKeyWith?: string;
}
interface S3RoutingRule {
  Condition?: S3Condition;
  Redirect?: S3Redirect;
}
interface S3Website {
  ErrorDocument?: { Key?: string };
  IndexDocument?: { Suffix?: string };
  RedirectAllRequestsTo?: { HostName?: string; Protocol?: string };
  RoutingRules?: S3RoutingRule[];
}

function ruleToS3(rule: RoutingRule): S3RoutingRule {
  const { condition: c, redirect: r } = rule;
  return withoutUndefined({
    Condition:
      c === undefined
        ? undefined
        : withoutUndefined({
            HttpErrorCodeReturnedEquals: c.httpErrorCodeReturnedEquals?.toString(),
            KeyPrefixEquals: c.keyPrefixEquals,
          }),
    Redirect: withoutUndefined({
      HostName: r.hostName,
      HttpRedirectCode: r.httpRedirectCode?.toString(),
      Protocol: r.protocol,
      ReplaceKeyPrefixWith: r.replaceKeyPrefixWith,
      ReplaceKeyWith: r.replaceKeyWith,
    }),
  });
}

/** An empty `<Condition/>` (RGW writes one into every rule) is no condition, as the host reads it. */
function conditionFromS3(c: S3Condition | undefined): object | undefined {
  const condition = withoutUndefined({
    keyPrefixEquals: c?.KeyPrefixEquals,
    httpErrorCodeReturnedEquals: codeFromS3(c?.HttpErrorCodeReturnedEquals),
  });
  return Object.keys(condition).length === 0 ? undefined : condition;
}

function ruleFromS3(rule: S3RoutingRule): unknown {
  const r = rule.Redirect ?? {};
  return withoutUndefined({
    condition: conditionFromS3(rule.Condition),
    redirect: withoutUndefined({
      hostName: r.HostName,
      protocol: r.Protocol,
      replaceKeyPrefixWith: r.ReplaceKeyPrefixWith,
      replaceKeyWith: r.ReplaceKeyWith,
      httpRedirectCode: codeFromS3(r.HttpRedirectCode),
    }),
  });
}

export const websiteCodec: DocumentCodec<WebsiteConfig> = {
  document: websiteDocument,
  toS3: (w) => {
    const all = w.redirectAllRequestsTo;
    const out: S3Website = withoutUndefined({
      ErrorDocument: w.errorDocument === undefined ? undefined : { Key: w.errorDocument },
      IndexDocument: w.indexDocument === undefined ? undefined : { Suffix: w.indexDocument },
      RedirectAllRequestsTo:
        all === undefined
          ? undefined
          : withoutUndefined({ HostName: all.hostName, Protocol: all.protocol }),
      RoutingRules: someOf(w.routingRules.map(ruleToS3)),
    });
    return out;
  },
  fromS3: (json) => {
    const w = json as S3Website;
    const all = w.RedirectAllRequestsTo;
    return withoutUndefined({
      indexDocument: w.IndexDocument?.Suffix,
      errorDocument: w.ErrorDocument?.Key,
      routingRules: (w.RoutingRules ?? []).map(ruleFromS3),
      redirectAllRequestsTo:
        all === undefined
          ? undefined
          : withoutUndefined({ hostName: all.HostName, protocol: all.Protocol }),
    });
  },
};
