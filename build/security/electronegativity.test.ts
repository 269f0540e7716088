import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  POLICY_FILE,
  describeFinding,
  isAccepted,
  readPolicy,
  reviewSources,
} from './electronegativity-review.js';

// Electronegativity parses every shipped source file: about 5 s, more on a loaded machine.
const REVIEW_TIMEOUT = 120_000;

describe('the Electronegativity security review', () => {
  it(
    'leaves no finding unexplained in the shipped sources, and every accepted finding still occurs',
    async () => {
      const policy = await readPolicy();
      const review = await reviewSources(policy);
      expect(review.checksRun).toBeGreaterThan(20);
      expect(review.unparsed, 'files the review could not read were not reviewed').toEqual([]);
      const unexplained = review.findings
        .filter((finding) => !isAccepted(finding, policy.accepted))
        .map(describeFinding);
      expect(unexplained, `fix these, or list each with its reason in ${POLICY_FILE}`).toEqual([]);
      const stale = policy.accepted
        .filter(
          ({ check, file }) => !review.findings.some((f) => f.check === check && f.file === file),
        )
        .map(({ check, file }) => `${check} at ${file}`);
      expect(stale, `no longer found: remove them from ${POLICY_FILE}`).toEqual([]);
      for (const { reason } of [...policy.accepted, ...policy.skippedChecks]) {
        expect(reason.length).toBeGreaterThan(40);
      }
    },
    REVIEW_TIMEOUT,
  );

  it(
    'reports a window with Node in the page as findings nobody accepted',
    async () => {
      const policy = await readPolicy();
      const review = await reviewSources(policy, join(import.meta.dirname, 'fixtures'), [
        'unsafe-window',
      ]);
      const unexplained = review.findings.filter((f) => !isAccepted(f, policy.accepted));
      expect(unexplained.map(({ check }) => check)).toEqual(
        expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
      );
    },
    REVIEW_TIMEOUT,
  );
});
