import { describe, expect, it } from 'vitest';
import { objectLockDefinition } from './object-lock-definition.js';

const context = { provider: 'ceph' as const, bucket: 'b' };
const governance = {
  defaultRetention: { mode: 'GOVERNANCE' as const, unit: 'days' as const, amount: 30 },
};

describe('the object lock tab', () => {
  it('writes S3’s <ObjectLockConfiguration> and the AWS CLI’s JSON, and reads both back', () => {
    const xml = objectLockDefinition.toRaw(governance, 'xml');
    expect(xml).toContain('<ObjectLockEnabled>Enabled</ObjectLockEnabled>');
    expect(xml).toContain('<Mode>GOVERNANCE</Mode>');
    expect(xml).toContain('<Days>30</Days>');
    expect(objectLockDefinition.fromRaw(xml, 'xml')).toEqual({ ok: true, model: governance });
    const years = {
      defaultRetention: { mode: 'COMPLIANCE' as const, unit: 'years' as const, amount: 2 },
    };
    const json = objectLockDefinition.toRaw(years, 'json');
    expect(JSON.parse(json)).toEqual({
      ObjectLockEnabled: 'Enabled',
      Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 2 } },
    });
    expect(objectLockDefinition.fromRaw(json, 'json')).toEqual({ ok: true, model: years });
  });

  it('reads a configuration without a rule as "no default retention"', () => {
    const none = { defaultRetention: null };
    expect(JSON.parse(objectLockDefinition.toRaw(none, 'json'))).toEqual({
      ObjectLockEnabled: 'Enabled',
    });
    expect(
      objectLockDefinition.fromRaw(
        '<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>',
        'xml',
      ),
    ).toEqual({ ok: true, model: none });
  });

  it('marks a period outside S3’s limits on its field and an unknown mode in the raw text', () => {
    expect(
      objectLockDefinition.validate(
        { defaultRetention: { mode: 'GOVERNANCE', unit: 'years', amount: 101 } },
        context,
      ),
    ).toEqual({ 'defaultRetention.amount': 'at most 100 years' });
    const read = objectLockDefinition.fromRaw(
      JSON.stringify({ Rule: { DefaultRetention: { Mode: 'FOREVER', Days: 1 } } }, null, 2),
      'json',
    );
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Rule\.DefaultRetention\.Mode: /),
    ]);
  });
});
