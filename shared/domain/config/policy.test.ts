import { describe, expect, it } from 'vitest';
import { POLICY_MAX_BYTES, policyTextProblem, policyTextSchema } from './policy.js';

const statement = {
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
};
const valid = JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

describe('policy text', () => {
  it('takes JSON with a Version and one or more statements', () => {
    expect(policyTextProblem(valid)).toBeUndefined();
    expect(
      policyTextProblem(JSON.stringify({ Version: '2012-10-17', Statement: statement })),
    ).toBeUndefined();
    expect(policyTextSchema.parse(valid)).toBe(valid);
  });

  it.each([
    ['{ nope', /not valid JSON/],
    ['[]', /JSON object/],
    [JSON.stringify({ Statement: [statement] }), /Version/],
    [JSON.stringify({ Version: '2020-01-01', Statement: [statement] }), /Version/],
    [JSON.stringify({ Version: '2012-10-17' }), /Statement/],
    [JSON.stringify({ Version: '2012-10-17', Statement: [] }), /Statement/],
    [JSON.stringify({ Version: '2012-10-17', Statement: ['x'] }), /Statement/],
  ])('refuses %s', (text, problem) => {
    expect(policyTextProblem(text)).toMatch(problem);
  });

  it('refuses more than 20 KB, counting UTF-8 bytes and naming the limit', () => {
    const pad = (text: string, bytes: number): string =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ ...statement, Sid: text.repeat(Math.ceil(bytes / text.length)) }],
      });
    expect(policyTextProblem(pad('a', POLICY_MAX_BYTES - 200))).toBeUndefined();
    expect(policyTextProblem(pad('a', POLICY_MAX_BYTES))).toMatch(/at most 20 KB \(20,480 bytes\)/);
    // Under the limit in characters, over it in bytes: "é" takes two.
    const wide = pad('é', POLICY_MAX_BYTES / 2 + 100);
    expect(wide.length).toBeLessThan(POLICY_MAX_BYTES);
    expect(policyTextProblem(wide)).toMatch(/20 KB/);
  });
});
