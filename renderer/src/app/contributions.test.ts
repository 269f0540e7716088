import { describe, expect, it } from 'vitest';
import {
  contributedItems,
  withContribution,
  withoutContribution,
  type Contributions,
} from './contributions.js';

describe('contribution registry state', () => {
  const objects = Symbol('objects');
  const share = Symbol('share');
  const empty: Contributions<string> = new Map();

  it('lists every contributor’s items in the order they mounted', () => {
    let state = withContribution(empty, objects, ['rename', 'delete']);
    state = withContribution(state, share, ['share link']);
    expect(contributedItems(state)).toEqual(['rename', 'delete', 'share link']);
  });

  it('keeps a contributor’s place when it offers new items', () => {
    let state = withContribution(empty, objects, ['rename']);
    state = withContribution(state, share, ['share link']);
    state = withContribution(state, objects, ['rename', 'properties']);
    expect(contributedItems(state)).toEqual(['rename', 'properties', 'share link']);
  });

  it('drops what an unmounted contributor offered and leaves the others', () => {
    let state = withContribution(empty, objects, ['rename']);
    state = withContribution(state, share, ['share link']);
    state = withoutContribution(state, objects);
    expect(contributedItems(state)).toEqual(['share link']);
  });

  it('never changes a state it was given, and an unknown contributor leaves it as it was', () => {
    const before = withContribution(empty, objects, ['rename']);
    const after = withContribution(before, share, ['share link']);
    expect(contributedItems(before)).toEqual(['rename']);
    expect(after).not.toBe(before);
    expect(withoutContribution(before, share)).toBe(before);
  });
});
