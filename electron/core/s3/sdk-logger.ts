import type { S3ClientConfig } from '@aws-sdk/client-s3';

type Logger = NonNullable<S3ClientConfig['logger']>;

/**
 * The SDK's own log lines. Without a logger it writes to the console: one line per failed
 * upload part ("An error was encountered in a non-retryable streaming request.") although the
 * error itself is thrown, and the transfer engine retries the part and reports what failed.
 * Lines that only restate a thrown error (that one, and the SDK's record of every failed command)
 * are dropped; anything else still reaches stderr, objects as JSON.
 */
const restatesThrownError = [/non-retryable streaming request/];

/** The SDK's logger middleware logs every failed command as `{ commandName, error, … }`. */
function isFailedCommandRecord(part: unknown): boolean {
  return typeof part === 'object' && part !== null && 'commandName' in part && 'error' in part;
}

/** Readable text for a logged value: an object's JSON (capped), never "[object Object]". */
function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  if (typeof part !== 'object' || part === null) return String(part);
  try {
    const json = JSON.stringify(part);
    return json.length > 500 ? `${json.slice(0, 500)}…` : json;
  } catch {
    return Object.prototype.toString.call(part);
  }
}

export function sdkLogger(write: (line: string) => void = (line) => console.warn(line)): Logger {
  const report = (level: string, content: unknown[]): void => {
    // A failed command is thrown to its caller, who reports or retries it.
    if (content.some(isFailedCommandRecord)) return;
    const text = content.map(describe).join(' ');
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
