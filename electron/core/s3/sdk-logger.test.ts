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

  it('drops the record of a failed command, and writes other objects as JSON', () => {
    const lines: string[] = [];
    const logger = sdkLogger((line) => lines.push(line));
    logger.error({
      clientName: 'S3Client',
      commandName: 'HeadObjectCommand',
      input: { Bucket: 'b', Key: 'k' },
      error: new Error('NotFound'),
      metadata: { httpStatusCode: 404 },
    });
    logger.warn({ problem: 'clock skew', seconds: 900 });
    logger.error(new TypeError('socket closed'));
    expect(lines).toEqual([
      'S3 SDK warning: {"problem":"clock skew","seconds":900}',
      'S3 SDK error: TypeError: socket closed',
    ]);
  });
});
