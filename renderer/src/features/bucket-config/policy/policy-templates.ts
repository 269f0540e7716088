import { blankStatement } from './policy-model.js';
import type { PolicyModel, PolicyStatement } from './policy-model.js';

export const policyTemplateIds = [
  'publicReadPrefix',
  'readOnlyFromIp',
  'denyNonTls',
  'refererAllowList',
] as const;
export type PolicyTemplateId = (typeof policyTemplateIds)[number];

/** What a template asks for: nothing, one prefix, or a list. */
export const templateParameter: Record<PolicyTemplateId, 'prefix' | 'ranges' | 'referers' | null> =
  {
    publicReadPrefix: 'prefix',
    readOnlyFromIp: 'ranges',
    denyNonTls: null,
    refererAllowList: 'referers',
  };

const bucketArn = (bucket: string): string => `arn:aws:s3:::${bucket}`;
const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** The statements a template adds, for this bucket and what the user typed. */
export function templateStatements(
  id: PolicyTemplateId,
  bucket: string,
  input: string,
): PolicyStatement[] {
  const anyone = { kind: 'anyone' } as const;
  const base = { ...blankStatement(), Principal: anyone };
  switch (id) {
    case 'publicReadPrefix':
      return [
        {
          ...base,
          Sid: 'PublicReadPrefix',
          Action: ['s3:GetObject'],
          Resource: [`${bucketArn(bucket)}/${input.trim().replace(/^\/+/, '')}*`],
        },
      ];
    case 'readOnlyFromIp':
      return [
        {
          ...base,
          Sid: 'ReadOnlyFromIpRange',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: [bucketArn(bucket), `${bucketArn(bucket)}/*`],
          Condition: [{ operator: 'IpAddress', key: 'aws:SourceIp', values: splitList(input) }],
        },
      ];
    case 'denyNonTls':
      return [
        {
          ...base,
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Action: ['s3:*'],
          Resource: [bucketArn(bucket), `${bucketArn(bucket)}/*`],
          Condition: [{ operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] }],
        },
      ];
    case 'refererAllowList':
      return [
        {
          ...base,
          Sid: 'AllowListedReferers',
          Action: ['s3:GetObject'],
          Resource: [`${bucketArn(bucket)}/*`],
          Condition: [{ operator: 'StringLike', key: 'aws:Referer', values: splitList(input) }],
        },
      ];
  }
}

/** Adds a template's statements, numbering a Sid the policy already has (Sid2, Sid3 …). */
export function withTemplate(
  model: PolicyModel,
  id: PolicyTemplateId,
  bucket: string,
  input: string,
): PolicyModel {
  const taken = new Set(model.Statement.map((s) => s.Sid));
  const added = templateStatements(id, bucket, input).map((statement) => {
    let sid = statement.Sid;
    for (let n = 2; taken.has(sid); n += 1) sid = `${statement.Sid}${n}`;
    taken.add(sid);
    return { ...statement, Sid: sid };
  });
  return { ...model, Statement: [...model.Statement, ...added] };
}
