import { describe, expect, it } from 'vitest';
import config from '../../e2e/playwright.config.js';

describe('the end-to-end configuration', () => {
  it('never retries: a retry that hides a race is not a fix, the stress script reports it', () => {
    expect(config.retries).toBe(0);
    expect(config.projects?.some((project) => (project.retries ?? 0) > 0) ?? false).toBe(false);
  });

  it('refuses a committed test.only, which would skip the rest of the suite in CI', () => {
    expect(config.forbidOnly).toBe(true);
  });

  it('bounds every action and navigation, so a failure names the step that could not happen', () => {
    const timeout = config.timeout ?? 30_000;
    expect(config.use?.actionTimeout).toBeGreaterThan(0);
    expect(config.use?.actionTimeout).toBeLessThan(timeout);
    expect(config.use?.navigationTimeout).toBeGreaterThan(0);
    expect(config.use?.navigationTimeout).toBeLessThan(timeout);
  });
});
