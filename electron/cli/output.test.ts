import { describe, expect, it } from 'vitest';
import { createOutput } from './output.js';

/** A stream that keeps what is written; `isTTY` as Node sets it (undefined on a pipe or file). */
function stream<S = typeof process.stderr>(isTTY: true | undefined): S & { text: string } {
  const sink = {
    isTTY,
    text: '',
    write(chunk: string): boolean {
      sink.text += chunk;
      return true;
    },
  };
  return sink as unknown as S & { text: string };
}

describe('command output', () => {
  it('shows progress on a terminal, overwritten in place, and ends its line', () => {
    const stdout = stream<typeof process.stdout>(undefined);
    const stderr = stream(true);
    const out = createOutput(false, stdout, stderr);
    out.progress('1 of 2');
    out.progress('2 of 2');
    out.endProgress();
    expect(out.showsProgress).toBe(true);
    expect(stderr.text).toBe('\r\x1b[2K1 of 2\r\x1b[2K2 of 2\n');
  });

  it('shows no progress, and says so, when stderr is piped or --json is asked', () => {
    for (const [json, tty] of [
      [false, undefined],
      [true, true],
    ] as const) {
      const stderr = stream(tty);
      const out = createOutput(json, stream<typeof process.stdout>(undefined), stderr);
      out.progress('1 of 2');
      out.endProgress();
      expect(out.showsProgress).toBe(false);
      expect(stderr.text).toBe('');
    }
  });
});
