import { spawn } from 'node:child_process';
import type { AwsCredentialIdentity } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import { splitCommandLine } from '../../../shared/domain/command-line.js';
import { parseProcessOutput } from './process-output.js';

/** How long a credential process may run before it is stopped. */
export const PROCESS_TIMEOUT_MS = 30_000;
/** More than any credentials document; a process printing more is not giving keys. */
const MAX_STDOUT_BYTES = 64 * 1024;
const STDERR_TAIL_CHARS = 600;

export interface CredentialProcessOptions {
  timeoutMs?: number;
}

function unavailable(command: string, what: string, reason: string): AppError {
  return new AppError('CredentialsUnavailable', `The credential process \`${command}\` ${what}`, {
    reason,
  });
}

function tail(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= STDERR_TAIL_CHARS ? trimmed : `…${trimmed.slice(-STDERR_TAIL_CHARS)}`;
}

/**
 * Runs a `credential_process` command and reads its keys. The command is split into words as
 * the AWS CLI does and started without a shell; it is stopped (with everything it started) at
 * the deadline, and every failure says which: not found, timed out, the exit code with the end
 * of its error output, or the field of its answer that is wrong.
 */
export function runCredentialProcess(
  command: string,
  { timeoutMs = PROCESS_TIMEOUT_MS }: CredentialProcessOptions = {},
): Promise<AwsCredentialIdentity> {
  const split = splitCommandLine(command);
  if (!split.ok)
    return Promise.reject(unavailable(command, `cannot be run: it ${split.reason}.`, 'command'));
  const [program = '', ...args] = split.words;
  const ownGroup = process.platform !== 'win32';
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group, so a timeout also stops what a wrapper script started.
      detached: ownGroup,
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const stop = (): void => {
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
      child.stdout.destroy();
      child.stderr.destroy();
    };
    const timer = setTimeout(() => {
      stop();
      const seconds = Math.round(timeoutMs / 100) / 10;
      finish(() =>
        reject(
          unavailable(command, `did not finish within ${seconds} s and was stopped.`, 'timeout'),
        ),
      );
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > MAX_STDOUT_BYTES) {
        stop();
        finish(() =>
          reject(
            unavailable(
              command,
              'printed more than 64 KiB; it must print one JSON object.',
              'output',
            ),
          ),
        );
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4 * STDERR_TAIL_CHARS);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'ENOENT'
          ? `cannot be started: "${program}" was not found.`
          : err.code === 'EACCES'
            ? `cannot be started: "${program}" is not executable.`
            : `cannot be started: ${err.message}.`;
      finish(() => reject(unavailable(command, why, 'start')));
    });
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const how =
          signal === null ? `exited with code ${String(code)}` : `was killed by ${signal}`;
        const said = tail(stderr);
        finish(() =>
          reject(unavailable(command, `${how}${said === '' ? '.' : `: ${said}`}`, 'exit')),
        );
        return;
      }
      const output = parseProcessOutput(Buffer.concat(stdout).toString('utf8'));
      finish(() =>
        output.ok
          ? resolve(output.identity)
          : reject(
              unavailable(
                command,
                `gave an answer Holdall cannot use: ${output.problem}.`,
                'output',
              ),
            ),
      );
    });
  });
}
