import { describe, expect, it } from 'vitest';
import { policyTextProblem } from '../../../../../shared/domain/config/policy.js';
import type { ValidationContext } from '../config-kind.js';
import { policyFromRaw } from './policy-definition.js';
import { policyRawLine } from './policy-lines.js';
import { emptyPolicy, policyText } from './policy-model.js';
import type { PolicyModel } from './policy-model.js';
import { policyTemplateIds, withTemplate } from './policy-templates.js';
import { validatePolicy } from './policy-validate.js';

const context: ValidationContext = { provider: 'ceph', bucket: 'photos' };

const written = `{
  "Version": "2012-10-17",
  "Id": "Mine",
  "Statement": [
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Principal": { "AWS": ["arn:aws:iam:::user/alice", "arn:aws:iam:::user/bob"] },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::photos/*",
      "Condition": { "IpAddress": { "aws:SourceIp": ["10.0.0.0/8", "not-an-ip"] } }
    },
    {
      "Effect": "Deny",
      "Principal": "*",
      "NotAction": "s3:GetObject",
      "Resource": ["arn:aws:s3:::photos", "arn:aws:s3:::photos/*"]
    }
  ]
}`;

function model(text: string): PolicyModel {
  const read = policyFromRaw(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.model;
}

describe('policy raw ⇄ model', () => {
  it('reads the builder fields and keeps what it has no field for', () => {
    const policy = model(written);
    const [first, second] = policy.Statement;
    expect(first?.Principal).toEqual({
      kind: 'ids',
      ids: [
        { type: 'AWS', value: 'arn:aws:iam:::user/alice' },
        { type: 'AWS', value: 'arn:aws:iam:::user/bob' },
      ],
    });
    expect(first?.Action).toEqual(['s3:GetObject']);
    expect(first?.Condition).toEqual([
      { operator: 'IpAddress', key: 'aws:SourceIp', values: ['10.0.0.0/8', 'not-an-ip'] },
    ]);
    expect(second?.rest).toEqual({ NotAction: 's3:GetObject' });
    const again = JSON.parse(policyText(policy)) as Record<string, unknown>;
    expect(again).toEqual(JSON.parse(written));
  });

  it('writes a policy that reads back to the same model', () => {
    const policy = model(written);
    expect(model(policyText(policy))).toEqual(policy);
  });

  it('places a JSON syntax error on its line', () => {
    const broken = written.replace('"Effect": "Deny",', '"Effect": "Deny"');
    const read = policyFromRaw(broken);
    expect(read.ok).toBe(false);
    // The parser stops at the next key, on the line after the missing comma.
    if (!read.ok) expect(read.problems[0]?.line).toBe(15);
  });

  it('places a shape problem on the line of the offending field', () => {
    const read = policyFromRaw(written.replace('"Effect": "Deny"', '"Effect": "deny"'));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems[0]).toEqual({ line: 14, message: 'Effect must be "Allow" or "Deny"' });
    }
  });
});

describe('validatePolicy', () => {
  it('names the field and maps it to its raw line', () => {
    const errors = validatePolicy(model(written), context);
    expect(errors).toEqual({
      'Statement.0.Condition.0.values.1':
        '"not-an-ip" is not an IP address or range (like 203.0.113.0/24)',
    });
    expect(policyRawLine(written, 'Statement.0.Condition.0.values.1')).toBe(11);
    expect(policyRawLine(written, 'Statement.0.Principal.ids.1.value')).toBe(8);
    expect(policyRawLine(written, 'Statement.1.Resource.1')).toBe(17);
  });

  it('asks for statements, actions, resources and a principal', () => {
    expect(validatePolicy(emptyPolicy(), context)).toEqual({
      Statement: 'Add at least one statement',
    });
    const blank = model('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{}}]}');
    expect(validatePolicy(blank, context)).toEqual({
      'Statement.0.Principal': 'Choose anyone, or add at least one principal',
      'Statement.0.Action': 'Add at least one action',
      'Statement.0.Resource': 'Add at least one resource',
    });
  });

  it('refuses resources of another bucket and actions that are not S3 ones', () => {
    const other = model(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"GetObject","Resource":"arn:aws:s3:::someone-else/*"}}',
    );
    const errors = validatePolicy(other, context);
    expect(errors['Statement.0.Action.0']).toMatch(/not an S3 action/);
    expect(errors['Statement.0.Resource.0']).toMatch(/is not this bucket/);
  });

  it('enforces the 20 KB limit on what would be sent', () => {
    const big = withTemplate(emptyPolicy(), 'readOnlyFromIp', 'photos', '10.0.0.1/32');
    const statement = big.Statement[0];
    if (statement === undefined) throw new Error('no statement');
    const ranges = Array.from({ length: 1200 }, (_, i) => `10.${i % 250}.${i % 200}.0/24`);
    const huge = {
      ...big,
      Statement: [{ ...statement, Condition: [{ ...statement.Condition[0]!, values: ranges }] }],
    };
    expect(validatePolicy(huge, context)['']).toMatch(/S3 takes at most 20 KB \(20,480 bytes\)/);
  });
});

describe('policy templates', () => {
  it.each(policyTemplateIds)('%s makes a valid policy S3 would take', (id) => {
    const input = {
      publicReadPrefix: 'public/',
      readOnlyFromIp: '203.0.113.0/24',
      denyNonTls: '',
      refererAllowList: 'https://example.com/*',
    }[id];
    const policy = withTemplate(emptyPolicy(), id, 'photos', input);
    expect(validatePolicy(policy, context)).toEqual({});
    expect(policyTextProblem(policyText(policy))).toBeUndefined();
  });

  it('numbers a Sid that is already taken', () => {
    const twice = withTemplate(
      withTemplate(emptyPolicy(), 'denyNonTls', 'photos', ''),
      'denyNonTls',
      'photos',
      '',
    );
    expect(twice.Statement.map((s) => s.Sid)).toEqual([
      'DenyInsecureTransport',
      'DenyInsecureTransport2',
    ]);
    expect(validatePolicy(twice, context)).toEqual({});
  });

  it('reads a public prefix as its resource', () => {
    const policy = withTemplate(emptyPolicy(), 'publicReadPrefix', 'photos', '/shared/');
    expect(policy.Statement[0]?.Resource).toEqual(['arn:aws:s3:::photos/shared/*']);
  });
});
