import type { S3ClientConfig } from '@aws-sdk/client-s3';

type Logger = NonNullable<S3ClientConfig['logger']>;

/**
 * The SDK's own log lines. Without a logger it writes to the console: one line per failed
 * upload part ("An error was encountered in a non-retryable streaming request.") although the
 * error itself is thrown, and the transfer engine retries the part and reports what failed.
 * Lines that only restate a thrown error are dropped; anything else still reaches stderr.
 */
const restatesThrownError = [/non-retryable streaming request/];

export function sdkLogger(write: (line: string) => void = (line) => console.warn(line)): Logger {
  const report = (level: string, content: unknown[]): void => {
    const text = content.map((part) => (typeof part === 'string' ? part : String(part))).join(' ');
    if (restatesThrownError.some((pattern) => pattern.test(text))) return;
    write(`S3 SDK ${level}: ${text}`);
  };
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...content: unknown[]) => report('warning', content),
    error: (...content: unknown[]) => report('error', content),
  };
}
