import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirWithLostKey } from '../core/secrets/test-support.js';

const root = resolve(import.meta.dirname, '..', '..');

/** Runs the browser host's entry point until it prints its address or exits. */
function startHost(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'electron', 'web', 'main.ts'), '--port', '0', ...args],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Data folder:')) child.kill('SIGTERM');
    });
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('browser host start-up with a lost key file', () => {
  it('refuses to start while saved secrets need the lost key, and starts when told to replace it', async () => {
    const { dir, profiles } = await dataDirWithLostKey();

    const refused = await startHost(['--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).not.toContain('Holdall is running');
    expect(refused.stderr).toContain(
      `Holdall browser host failed to start: The key file ${join(dir, 'secret.key')} is missing`,
    );
    expect(await readFile(join(dir, 'profiles.json'), 'utf8')).toBe(profiles);

    const replaced = await startHost(['--data-dir', dir, '--new-secret-key']);
    expect(replaced.stdout).toContain('Holdall is running in your browser at');
    expect(replaced.stderr).toMatch(/secrets of 1 saved connection cannot be read/);
    expect(await readFile(join(dir, 'profiles.json'), 'utf8')).toBe(profiles);
  }, 60_000);
});
