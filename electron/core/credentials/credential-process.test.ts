import { describe, expect, it } from 'vitest';
import { runCredentialProcess } from './credential-process.js';
import { credentialScript, printing, scratchDir } from './test-support.js';

const keys = { Version: 1, AccessKeyId: 'AKIDPROCESS', SecretAccessKey: 'process-secret' };

describe('runCredentialProcess with local scripts', () => {
  it('reads the keys a script prints, with arguments passed as words and no shell', async () => {
    const dir = await scratchDir('cred-process');
    const command = await credentialScript(
      dir,
      'echo-args',
      `process.stdout.write(JSON.stringify({ ...${JSON.stringify(keys)}, SessionToken: process.argv.slice(2).join('|') }));\n`,
    );
    const identity = await runCredentialProcess(`${command} --name "a b" $HOME`);
    expect(identity).toEqual({
      accessKeyId: 'AKIDPROCESS',
      secretAccessKey: 'process-secret',
      sessionToken: '--name|a b|$HOME',
    });
  });

  it('says how a script failed: exit code and the end of its error output', async () => {
    const dir = await scratchDir('cred-process');
    const command = await credentialScript(
      dir,
      'fails',
      `process.stderr.write('x'.repeat(2000) + ' token expired, run login');\nprocess.exit(3);\n`,
    );
    const failure = await runCredentialProcess(command).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: 'CredentialsUnavailable' });
    const message = (failure as Error).message;
    expect(message).toContain(`The credential process \`${command}\` exited with code 3: …`);
    expect(message).toMatch(/token expired, run login$/);
    expect(message.length).toBeLessThan(command.length + 700);
  });

  it('names the wrong field and never echoes the secret', async () => {
    const dir = await scratchDir('cred-process');
    const command = await credentialScript(dir, 'v2', printing({ ...keys, Version: 2 }));
    const failure = await runCredentialProcess(command).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: 'CredentialsUnavailable' });
    expect((failure as Error).message).toBe(
      `The credential process \`${command}\` gave an answer Holdall cannot use: "Version" must be 1 (it is 2).`,
    );
    expect((failure as Error).message).not.toContain('process-secret');
  });

  it('says when the program does not exist', async () => {
    const failure = await runCredentialProcess('/nonexistent/get-keys --x').catch(
      (err: unknown) => err,
    );
    expect(failure).toMatchObject({
      code: 'CredentialsUnavailable',
      message:
        'The credential process `/nonexistent/get-keys --x` cannot be started: "/nonexistent/get-keys" was not found.',
    });
  });

  it('stops a script that prints without end', async () => {
    const dir = await scratchDir('cred-process');
    const command = await credentialScript(
      dir,
      'flood',
      // Each write waits for the last: a busy loop would queue its writes once the pipe is full
      // and never flush them, stopping at exactly the pipe's 64 KiB when the reader is slow.
      `const line = 'x'.repeat(1024);\nconst more = () => process.stdout.write(line, more);\nmore();\n`,
    );
    const failure = await runCredentialProcess(command, { timeoutMs: 20_000 }).catch(
      (err: unknown) => err,
    );
    expect((failure as Error).message).toContain('printed more than 64 KiB');
  });
});
