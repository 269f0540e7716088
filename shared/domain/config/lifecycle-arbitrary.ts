// Test support: fast-check generators of valid lifecycle configurations, for the round-trip
// properties (the editor's raw formats in unit tests, put → get against RGW in integration tests).
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { compact, keyText, maybe, ruleStatus, tag, trimmed, valid } from './config-arbitraries.js';
import { lifecycleConfigSchema, midnightUtcOf } from './lifecycle.js';
import type { LifecycleConfig } from './lifecycle.js';

export interface LifecycleOptions {
  /** Storage classes transitions may name (those the server defines). */
  storageClasses: readonly string[];
  /** Size filters and newer-noncurrent counts, which not every server stores. */
  newerFields: boolean;
}

const day = fc
  .integer({ min: 0, max: 3650 })
  .map((offset) =>
    midnightUtcOf(new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10)),
  );

export function lifecycleArbitrary(options: LifecycleOptions): Arbitrary<LifecycleConfig> {
  const newer = <T>(arb: Arbitrary<T>): Arbitrary<T | undefined> =>
    options.newerFields ? maybe(arb) : fc.constant(undefined);
  const storageClass = fc.constantFrom(...options.storageClasses);
  // Transitions come before expiration: expiration days start where transition days end.
  const byDays = fc.record({
    expiration: maybe(fc.integer({ min: 366, max: 3650 }).map((days) => ({ days }))),
    transitions: fc.array(fc.record({ days: fc.integer({ min: 0, max: 365 }), storageClass }), {
      maxLength: 2,
    }),
  });
  const byDate = fc.record({
    expiration: maybe(day.map((date) => ({ date }))),
    transitions: fc.array(fc.record({ date: day, storageClass }), { maxLength: 1 }),
  });
  const rule = fc
    .record({
      id: trimmed(16),
      status: ruleStatus,
      prefix: keyText(0),
      tags: fc.uniqueArray(tag, { maxLength: 3, selector: (t) => t.key }),
      objectSizeGreaterThan: newer(fc.integer({ min: 0, max: 1024 ** 3 })),
      timed: fc.oneof(byDays, byDate),
      noncurrentExpiration: maybe(
        fc
          .record({
            noncurrentDays: fc.integer({ min: 1, max: 365 }),
            newerNoncurrentVersions: newer(fc.integer({ min: 1, max: 100 })),
          })
          .map(compact),
      ),
      abort: maybe(fc.integer({ min: 1, max: 30 })),
      markers: fc.boolean(),
    })
    .map(({ timed, abort, markers, ...rest }) => {
      // S3 takes delete-marker and upload clean-up only on rules without a tag filter.
      const untagged = rest.tags.length === 0;
      const expiration =
        timed.expiration ?? (markers && untagged ? { expiredObjectDeleteMarker: true } : undefined);
      return compact({
        ...rest,
        expiration,
        transitions: timed.transitions,
        noncurrentTransitions: [],
        abortIncompleteMultipartUpload:
          abort !== undefined && untagged ? { daysAfterInitiation: abort } : undefined,
      });
    });
  return valid(
    lifecycleConfigSchema,
    fc.record({
      rules: fc.uniqueArray(rule, { minLength: 1, maxLength: 3, selector: (r) => r.id }),
    }),
  );
}
