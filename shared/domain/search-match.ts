import { compileNamePattern } from './search-name.js';
import type { SearchCriteria } from './search.js';

/** What a search reads of a listed object. */
export interface SearchCandidate {
  key: string;
  size: number;
  /** Milliseconds since the epoch; 0 when unknown (never in a modified range). */
  lastModified: number;
  storageClass: string;
}

/**
 * The test every candidate under `scope` goes through. Criteria come validated (the schema
 * refuses a pattern that does not compile), so a bad pattern here is a programming error.
 */
export function searchMatcher(
  criteria: SearchCriteria,
  scope: string,
): (candidate: SearchCandidate) => boolean {
  const tests: ((c: SearchCandidate) => boolean)[] = [];
  if (criteria.name !== undefined) {
    const compiled = compileNamePattern(criteria.name);
    if (!compiled.ok) throw new Error(`name.pattern ${compiled.reason}`);
    const { test } = compiled;
    tests.push((c) => test(c.key.startsWith(scope) ? c.key.slice(scope.length) : c.key));
  }
  const { minSize, maxSize, storageClass } = criteria;
  if (minSize !== undefined) tests.push((c) => c.size >= minSize);
  if (maxSize !== undefined) tests.push((c) => c.size <= maxSize);
  if (criteria.modifiedAfter !== undefined) {
    const after = Date.parse(criteria.modifiedAfter);
    tests.push((c) => c.lastModified !== 0 && c.lastModified >= after);
  }
  if (criteria.modifiedBefore !== undefined) {
    const before = Date.parse(criteria.modifiedBefore);
    tests.push((c) => c.lastModified !== 0 && c.lastModified <= before);
  }
  if (storageClass !== undefined) tests.push((c) => c.storageClass === storageClass);
  return (candidate) => tests.every((test) => test(candidate));
}
