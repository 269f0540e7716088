import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');

test('npm start says why Electron cannot run and opens the browser host instead', async ({
  page,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-start-'));
  const env = { ...process.env };
  // No display: Electron cannot open a window whether or not its binary is present.
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(
    'npm',
    ['start', '--silent', '--', '--host=auto', '--port', '0', '--data-dir', dataDir],
    {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?launch=\S+)/.exec(output);
        if (match?.[1] !== undefined) done(match[1]);
      });
      child.on('exit', (code) => fail(new Error(`npm start exited (${code}):\n${output}`)));
    });
    const reasonLines = output
      .split('\n')
      .filter((line) => line.startsWith('Electron cannot run here:'));
    expect(reasonLines).toHaveLength(1);
    expect(reasonLines[0]).toMatch(/no display.*Starting the browser host instead\.$/);
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'No connections yet' })).toBeVisible();
    // The launch code is traded for a cookie: it does not linger in the address bar.
    expect(page.url()).not.toContain('launch=');
    // A clean start says only what a person needs: no warning from Node, npm, the SDK or the build.
    const warnings = output.split('\n').filter((line) => /warn|deprecat|\(!\)/i.test(line));
    expect(warnings).toEqual([]);
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
});
