import { describe, expect, it } from 'vitest';
import { parseProcessOutput } from './process-output.js';

// The AWS CLI's documented shape ("Sourcing credentials with an external process").
const documented = {
  Version: 1,
  AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  SessionToken: 'AQoDYXdzEJr...<remainder of session token>',
  Expiration: '2026-05-29T00:21:43Z',
};

const problemOf = (output: unknown) => {
  const parsed = parseProcessOutput(typeof output === 'string' ? output : JSON.stringify(output));
  return parsed.ok ? undefined : parsed.problem;
};

describe('parseProcessOutput', () => {
  it('reads the documented document with a session token and an expiry', () => {
    expect(parseProcessOutput(JSON.stringify(documented, null, 2))).toEqual({
      ok: true,
      identity: {
        accessKeyId: documented.AccessKeyId,
        secretAccessKey: documented.SecretAccessKey,
        sessionToken: documented.SessionToken,
        expiration: new Date('2026-05-29T00:21:43Z'),
      },
    });
  });

  it('reads long-term keys without token or expiry, ignoring fields it does not know', () => {
    const { SessionToken: _t, Expiration: _e, ...longTerm } = documented;
    const parsed = parseProcessOutput(JSON.stringify({ ...longTerm, AccountId: '123456789012' }));
    expect(parsed).toEqual({
      ok: true,
      identity: { accessKeyId: longTerm.AccessKeyId, secretAccessKey: longTerm.SecretAccessKey },
    });
  });

  it('accepts expiry times with fractions and offsets', () => {
    for (const Expiration of ['2026-05-29T00:21:43.123Z', '2026-05-29T08:21:43+08:00']) {
      expect(problemOf({ ...documented, Expiration })).toBeUndefined();
    }
  });

  it('names the field that is wrong', () => {
    expect(problemOf({ ...documented, Version: 2 })).toBe('"Version" must be 1 (it is 2)');
    expect(problemOf({ ...documented, Version: undefined })).toBe(
      '"Version" must be 1 (it is missing)',
    );
    expect(problemOf({ ...documented, AccessKeyId: undefined })).toBe('"AccessKeyId" is missing');
    expect(problemOf({ ...documented, SecretAccessKey: '' })).toBe(
      '"SecretAccessKey" must be a non-empty string',
    );
    expect(problemOf({ ...documented, SessionToken: 42 })).toBe(
      '"SessionToken" must be a non-empty string',
    );
    expect(problemOf({ ...documented, Expiration: 'tomorrow' })).toContain(
      '"Expiration" must be an ISO 8601 time',
    );
    expect(problemOf({ ...documented, Expiration: '2026-02-30' })).toContain('"Expiration"');
  });

  it('says when the output is not a JSON object, without quoting it', () => {
    expect(problemOf('')).toBe('it printed nothing; it must print one JSON object');
    expect(problemOf('AccessKeyId=AKID secret=s3cr3t')).toBe(
      'it printed something that is not JSON; it must print one JSON object',
    );
    expect(problemOf('[1]')).toBe('it printed JSON that is not an object');
    expect(problemOf('AccessKeyId=AKID secret=s3cr3t')).not.toContain('s3cr3t');
  });
});
