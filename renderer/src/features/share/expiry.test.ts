import { describe, expect, it } from 'vitest';
import { expirySeconds, presetParts } from './expiry.js';

describe('expirySeconds', () => {
  it('converts custom amounts in minutes, hours and days', () => {
    expect(expirySeconds({ kind: 'custom', amount: '90', unit: 'minutes' })).toEqual({
      seconds: 5400,
    });
    expect(expirySeconds({ kind: 'custom', amount: '1.5', unit: 'hours' })).toEqual({
      seconds: 5400,
    });
    expect(expirySeconds({ kind: 'custom', amount: '7', unit: 'days' })).toEqual({
      seconds: 604_800,
    });
  });

  it('refuses more than SigV4’s 7 days, zero, and text that is no number', () => {
    expect(expirySeconds({ kind: 'custom', amount: '8', unit: 'days' })).toEqual({
      problem: 'tooLong',
    });
    expect(expirySeconds({ kind: 'custom', amount: '169', unit: 'hours' })).toEqual({
      problem: 'tooLong',
    });
    expect(expirySeconds({ kind: 'custom', amount: '0', unit: 'days' })).toEqual({
      problem: 'notPositive',
    });
    expect(expirySeconds({ kind: 'custom', amount: '-1', unit: 'days' })).toEqual({
      problem: 'notNumber',
    });
    expect(expirySeconds({ kind: 'custom', amount: 'soon', unit: 'days' })).toEqual({
      problem: 'notNumber',
    });
  });

  it('labels presets in their largest whole unit', () => {
    expect(presetParts(900)).toEqual({ amount: 15, unit: 'minutes' });
    expect(presetParts(3600)).toEqual({ amount: 1, unit: 'hours' });
    expect(presetParts(604_800)).toEqual({ amount: 7, unit: 'days' });
  });
});
