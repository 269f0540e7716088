import { describe, expect, it } from 'vitest';
import { sdkLogger } from './sdk-logger.js';

describe('sdkLogger', () => {
  it('drops the line that only restates a failed streaming request, keeps other warnings', () => {
    const lines: string[] = [];
    const logger = sdkLogger((line) => lines.push(line));
    logger.warn('An error was encountered in a non-retryable streaming request.');
    logger.warn('Region is missing');
    logger.error('socket hang up', 3);
    logger.debug('request sent');
    logger.info('retrying');
    expect(lines).toEqual(['S3 SDK warning: Region is missing', 'S3 SDK error: socket hang up 3']);
  });
});
