/** Where a command's results go: JSON for scripts (--json), aligned text for people. */
export interface Output {
  json: boolean;
  /** Progress reaches a person (a terminal, not --json): only then is it worth working out. */
  showsProgress: boolean;
  /** One result: printed as JSON, or as the lines `human` makes of it. */
  result<T>(value: T, human: (value: T) => string[]): void;
  /** Progress for people on a terminal only; overwritten in place, never in --json output. */
  progress(line: string): void;
  /** Ends a progress line so the next output starts on its own line. */
  endProgress(): void;
}

export function createOutput(
  json: boolean,
  stdout = process.stdout,
  stderr = process.stderr,
): Output {
  let progressShown = false;
  // isTTY is undefined, not false, on a pipe.
  const showProgress = !json && stderr.isTTY === true;
  return {
    json,
    showsProgress: showProgress,
    result(value, human) {
      const lines = json ? [JSON.stringify(value)] : human(value);
      for (const line of lines) stdout.write(`${line}\n`);
    },
    progress(line) {
      if (!showProgress) return;
      stderr.write(`\r\x1b[2K${line}`);
      progressShown = true;
    },
    endProgress() {
      if (progressShown) stderr.write('\n');
      progressShown = false;
    },
  };
}

/** Columns padded to their widest cell; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
  );
}
