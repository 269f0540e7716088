import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LifecycleConfig } from '../../../../../../shared/domain/config/lifecycle.js';
import { lifecycleArbitrary } from '../../../../../../shared/domain/config/lifecycle-arbitrary.js';
import { lifecycleLimits } from '../../../../../../shared/domain/config/lifecycle-limits.js';
import { lifecycleDefinition } from './lifecycle-definition.js';

const model: LifecycleConfig = {
  rules: [
    {
      id: 'logs',
      status: 'Enabled',
      prefix: 'logs/',
      tags: [{ key: 'team', value: 'web' }],
      objectSizeGreaterThan: 1024,
      transitions: [{ days: 30, storageClass: 'STANDARD_IA' }],
      expiration: { days: 365 },
      noncurrentExpiration: { noncurrentDays: 7, newerNoncurrentVersions: 3 },
      noncurrentTransitions: [{ noncurrentDays: 1, storageClass: 'GLACIER' }],
    },
    {
      id: 'markers',
      status: 'Disabled',
      prefix: '',
      tags: [],
      expiration: { expiredObjectDeleteMarker: true },
      transitions: [],
      noncurrentTransitions: [],
      abortIncompleteMultipartUpload: { daysAfterInitiation: 2 },
    },
  ],
};

const context = { provider: 'aws' as const, bucket: 'b' };

describe('the lifecycle tab', () => {
  it('writes S3’s <LifecycleConfiguration> and the AWS CLI’s JSON and reads both back unchanged', () => {
    const xml = lifecycleDefinition.toRaw(model, 'xml');
    expect(xml).toContain('<Rule>');
    expect(xml).toContain('<And>');
    expect(xml).toContain('<ExpiredObjectDeleteMarker>true</ExpiredObjectDeleteMarker>');
    expect(xml).toContain('<Transition>');
    expect(xml).toContain('<NoncurrentVersionTransition>');
    expect(lifecycleDefinition.fromRaw(xml, 'xml')).toEqual({ ok: true, model });
    const json = lifecycleDefinition.toRaw(model, 'json');
    const parsed = JSON.parse(json) as { Rules: Record<string, unknown>[] };
    expect(parsed.Rules[1]).toEqual({
      ID: 'markers',
      Filter: { Prefix: '' },
      Status: 'Disabled',
      Expiration: { ExpiredObjectDeleteMarker: true },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 2 },
    });
    expect(lifecycleDefinition.fromRaw(json, 'json')).toEqual({ ok: true, model });
  });

  it('reads a legacy rule whose prefix sits outside any filter', () => {
    const xml =
      '<LifecycleConfiguration><Rule><ID>old</ID><Prefix>tmp/</Prefix><Status>Enabled</Status>' +
      '<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>';
    const read = lifecycleDefinition.fromRaw(xml, 'xml');
    expect(read.ok && read.model.rules[0]?.prefix).toBe('tmp/');
  });

  it('names a delete-marker flag that is not true or false, and a mistake on its raw line', () => {
    const bad =
      '{\n  "Rules": [\n    {\n      "ID": "r",\n      "Status": "Enabled",\n      "Expiration": { "ExpiredObjectDeleteMarker": "yes" }\n    }\n  ]\n}';
    expect(lifecycleDefinition.fromRaw(bad, 'json')).toEqual({
      ok: false,
      problems: [
        {
          line: undefined,
          message: 'Rules[0].Expiration.ExpiredObjectDeleteMarker must be true or false.',
        },
      ],
    });
    const noAction =
      '{\n  "Rules": [\n    {\n      "ID": "r",\n      "Status": "Enabled"\n    }\n  ]\n}';
    expect(lifecycleDefinition.fromRaw(noAction, 'json')).toEqual({
      ok: false,
      problems: [{ line: 3, message: 'Rules.0: needs at least one action' }],
    });
  });

  it("checks the provider's limits after the schema: JD Cloud OSS takes no transitions", () => {
    expect(lifecycleDefinition.validate(model, context)).toEqual({});
    expect(lifecycleDefinition.validate(model, { ...context, provider: 'jdcloud' })).toMatchObject({
      'rules.0.objectSizeGreaterThan': 'JD Cloud OSS does not take ObjectSizeGreaterThan.',
      'rules.0.transitions.0.storageClass': 'JD Cloud OSS does not take Transition.',
      'rules.1.expiration.expiredObjectDeleteMarker':
        'JD Cloud OSS does not take ExpiredObjectDeleteMarker.',
    });
  });

  it.each(['aws', 'ceph'] as const)(
    'takes every generated configuration as it is and reads its own XML and JSON back to it (%s)',
    (provider) => {
      const models = lifecycleArbitrary({
        storageClasses: lifecycleLimits[provider].transitionClasses,
        // RGW 16 drops these silently, so its dialect refuses them and nothing generates them.
        newerFields: lifecycleLimits[provider].unsupportedFields.length === 0,
      });
      fc.assert(
        fc.property(models, (generated) => {
          expect(lifecycleDefinition.validate(generated, { provider, bucket: 'b' })).toEqual({});
          for (const format of lifecycleDefinition.rawFormats) {
            const raw = lifecycleDefinition.toRaw(generated, format);
            expect(lifecycleDefinition.fromRaw(raw, format)).toEqual({
              ok: true,
              model: generated,
            });
          }
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );
});
