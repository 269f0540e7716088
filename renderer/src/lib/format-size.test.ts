import { describe, expect, it } from 'vitest';
import { formatSize } from './format-size.js';

describe('formatSize', () => {
  it('shows bytes as whole numbers', () => {
    expect(formatSize(0)).toBe('0 B');
    expect(formatSize(1)).toBe('1 B');
    expect(formatSize(1023)).toBe('1023 B');
  });

  it('uses binary units with one decimal', () => {
    expect(formatSize(1024)).toBe('1 KiB');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(5 * 1024 * 1024 + 300 * 1024)).toBe('5.3 MiB');
  });

  it('drops the decimal from 100 up', () => {
    expect(formatSize(150.46 * 1024)).toBe('150 KiB');
  });

  it('carries into the next unit when rounding reaches 1024', () => {
    expect(formatSize(1024 * 1024 - 1)).toBe('1 MiB');
  });

  it('handles large sizes', () => {
    expect(formatSize(5 * 1024 ** 4)).toBe('5 TiB');
  });

  it('refuses nonsense', () => {
    expect(formatSize(-1)).toBe('—');
    expect(formatSize(Number.NaN)).toBe('—');
  });
});
