import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from './node-version.js';

describe('nodeVersionProblem', () => {
  it('refuses Node 20 and an early Node 22, naming what is needed and what runs', () => {
    expect(nodeVersionProblem('v20.20.2')).toBe(
      'Holdall needs Node 22.12 or later; this is Node 20.20.2',
    );
    expect(nodeVersionProblem('v22.11.0')).toContain('this is Node 22.11.0');
  });

  it('accepts Node 22.12 and later majors', () => {
    for (const version of ['v22.12.0', 'v22.23.3', 'v24.1.0', 'v26.10.0'])
      expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it('says so when the version cannot be read', () => {
    expect(nodeVersionProblem('nightly')).toContain('"nightly"');
  });

  it('agrees with the engines field of package.json', async () => {
    const { engines } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(engines.node).toBe('>=22.12');
  });
});
